using DangVu.Data.Meetings;
using DangVu.Data.Organizations;
using DangVu.Web.Access;
using Microsoft.AspNetCore.Authorization;

namespace DangVu.Web.Features.Meetings.Pages;

/// <summary>The office's warnings: the weak-cell list with its reasons, then every cell's flags.</summary>
[Authorize(Policy = Policies.MemberReader)]
public sealed class FlagsModel(OrganizationQueries organizations, MeetingOversight oversight, TimeProvider clock)
    : ReviewPageModel(organizations, oversight, clock);
