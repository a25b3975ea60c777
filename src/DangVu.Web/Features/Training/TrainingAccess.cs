using System.Security.Claims;
using DangVu.Core.Organizations;
using DangVu.Data.Training;
using DangVu.Web.Access;
using DangVu.Web.Features.Members;
using Microsoft.AspNetCore.Authorization;

namespace DangVu.Web.Features.Training;

/// <summary>
/// Who sees and who runs classes: those who read member files of the organizer's subtree see a class (office,
/// secretary, inspection, administrators); the secretary and the office of that subtree (and administrators) open
/// classes there, enrol, take attendance and issue certificates.
/// </summary>
internal static class TrainingAccess
{
    public static bool CanRead(this ClaimsPrincipal user, TrainingClass training) =>
        user.ReadableMemberScopes().Any(scope => OrganizationPath.IsWithin(training.OrganizerPath, scope));

    public static Task<bool> CanManageAsync(this IAuthorizationService authorization, ClaimsPrincipal user, TrainingClass training) =>
        authorization.AllowsAsync(user, Policies.Secretary, training.OrganizerPath);

    public static Task<bool> CanOrganizeAsync(this IAuthorizationService authorization, ClaimsPrincipal user, string organizerPath) =>
        authorization.AllowsAsync(user, Policies.Secretary, organizerPath);
}
