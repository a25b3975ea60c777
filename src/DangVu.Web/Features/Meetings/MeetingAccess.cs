using System.Security.Claims;
using DangVu.Core.Organizations;
using DangVu.Data.Meetings;
using DangVu.Web.Access;
using DangVu.Web.Features.Members;
using Microsoft.AspNetCore.Authorization;

namespace DangVu.Web.Features.Meetings;

/// <summary>
/// Who sees and who runs a cell's meetings: those who read member files of the cell's subtree see them (office,
/// secretary, inspection, administrators); the secretary and the office of the subtree (and administrators) schedule,
/// post documents, take attendance and close. Members see only their own invitations, through "Của tôi".
/// </summary>
internal static class MeetingAccess
{
    public static bool CanRead(this ClaimsPrincipal user, CellMeeting meeting) =>
        user.ReadableMemberScopes().Any(scope => OrganizationPath.IsWithin(meeting.OrganizationPath, scope));

    public static Task<bool> CanRunAsync(this IAuthorizationService authorization, ClaimsPrincipal user, string organizationPath) =>
        authorization.AllowsAsync(user, Policies.Secretary, organizationPath);
}
