using DangVu.Core.Organizations;

namespace DangVu.Data.FollowUp;

/// <summary>
/// Which tasks a caller sees: those whose lead or a co-operating organization lies in one of <see cref="ReadScopes"/>
/// (subtree paths), and every task issued by an organization in one of <see cref="OfficeScopes"/> (the office sees all it
/// issued).
/// </summary>
public sealed record FollowUpReach(IReadOnlyCollection<string> ReadScopes, IReadOnlyCollection<string> OfficeScopes)
{
    public static FollowUpReach WholeTree { get; } = new([OrganizationPath.Root], [OrganizationPath.Root]);

    public bool IsWholeTree => ReadScopes.Contains(OrganizationPath.Root) || OfficeScopes.Contains(OrganizationPath.Root);

    public bool Reads(string path) => ReadScopes.Any(scope => OrganizationPath.IsWithin(path, scope));

    public bool Issues(string path) => OfficeScopes.Any(scope => OrganizationPath.IsWithin(path, scope));

    /// <summary>Whether a task with these organizations' paths is in reach.</summary>
    public bool Sees(TaskPlaces places) =>
        Reads(places.LeadPath) || places.CooperatorPaths.Any(Reads) || Issues(places.IssuingPath);
}

/// <summary>Where a task's organizations stand in the tree (current paths), for scope checks.</summary>
public sealed record TaskPlaces(string LeadPath, IReadOnlyList<string> CooperatorPaths, string IssuingPath);
