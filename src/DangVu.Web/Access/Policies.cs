using DangVu.Core.Access;

namespace DangVu.Web.Access;

/// <summary>
/// The one set of authorization policies every page and endpoint names. Each role policy is scope-aware:
/// without a resource it asks "does the caller hold the role anywhere", with an organization path it asks
/// "over this organization" (<see cref="ScopedRoleHandler"/>).
/// </summary>
internal static class Policies
{
    /// <summary>Signed in with a current password. The fallback for everything not named otherwise.</summary>
    public const string SignedIn = "SignedIn";

    /// <summary>Accounts, grants, the audit log.</summary>
    public const string Admin = "Admin";

    /// <summary>Organization tree, member records, documents, tasks.</summary>
    public const string Office = "Office";

    public const string Secretary = "Secretary";

    /// <summary>Inspection, discipline, complaints: confidential.</summary>
    public const string Inspection = "Inspection";

    /// <summary>Reading member files of a subtree (not a plain member's grant).</summary>
    public const string MemberReader = "MemberReader";

    /// <summary>Reading the document register of a subtree: every role, members included (documents are studied).</summary>
    public const string DocumentReader = "DocumentReader";

    /// <summary>
    /// A party member's own pages and API ("Của tôi"): any signed-in account linked to a member file, whatever its roles.
    /// Not a role policy: the link, not a grant, is what it asks for (<see cref="LinkedMemberRequirement"/>).
    /// </summary>
    public const string OwnRecord = "OwnRecord";

    /// <summary>The roles each role policy admits. Admin and Office may act wherever their grant reaches.</summary>
    public static readonly IReadOnlyDictionary<string, Role[]> RolesByPolicy = new Dictionary<string, Role[]>
    {
        [Admin] = [Role.Admin],
        [Office] = [Role.Admin, Role.Office],
        [Secretary] = [Role.Admin, Role.Office, Role.Secretary],
        [Inspection] = [Role.Inspection],
        [MemberReader] = [Role.Admin, Role.Office, Role.Secretary, Role.Inspection],
        [DocumentReader] = [Role.Admin, Role.Office, Role.Secretary, Role.Inspection, Role.Member],
    };
}
