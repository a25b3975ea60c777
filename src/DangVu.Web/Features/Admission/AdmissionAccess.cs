using System.Security.Claims;
using DangVu.Core.Organizations;
using DangVu.Data.Admission;
using DangVu.Data.Members;
using DangVu.Web.Access;
using DangVu.Web.Features.Members;
using Microsoft.AspNetCore.Authorization;

namespace DangVu.Web.Features.Admission;

/// <summary>
/// Who sees and who records admission cases: those who read member files of the case's subtree see it (office, secretary,
/// inspection, administrators); the secretary and the office of the subtree (and administrators) record its steps.
/// </summary>
internal static class AdmissionAccess
{
    public static bool CanRead(this ClaimsPrincipal user, AdmissionCase admission) =>
        user.ReadableMemberScopes().Any(scope => OrganizationPath.IsWithin(admission.OrganizationPath, scope));

    public static Task<bool> CanRecordAsync(this IAuthorizationService authorization, ClaimsPrincipal user, AdmissionCase admission) =>
        authorization.AllowsAsync(user, Policies.Secretary, admission.OrganizationPath);

    /// <summary>An introducer must be a member whose file the caller may read.</summary>
    public static bool CanName(this ClaimsPrincipal user, PartyMember member) => user.CanRead(member);
}
