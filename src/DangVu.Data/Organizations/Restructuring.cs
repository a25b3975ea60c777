using DangVu.Core.Organizations;

namespace DangVu.Data.Organizations;

/// <summary>The decision behind a restructuring: from when it holds, and its number if it has one.</summary>
public sealed record Decision(DateOnly EffectiveOn, string? DecisionNumber = null);

/// <summary>What a new organization is.</summary>
public sealed record NewOrganization(
    string Name, OrganizationKind Kind, OrganizationType Type, string? Agency, Guid? ParentId);

/// <summary>
/// One of the new organizations a split creates, with the units (<paramref name="Children"/>) and members it takes over
/// from the organization being split. <paramref name="ParentId"/> null: the split organization's own parent.
/// </summary>
public sealed record SplitUnit(
    string Name, OrganizationKind Kind, OrganizationType Type, string? Agency,
    IReadOnlyCollection<Guid> Children, IReadOnlyCollection<Guid> Members, Guid? ParentId = null);

/// <summary>The outcome of a restructuring: the organization, or why it was refused (Vietnamese), and whether it was a conflict.</summary>
public sealed record RestructureResult(PartyOrganization? Organization, string? Error, bool Conflict = false)
{
    /// <summary>The organizations the change founded (a split's new units), in the order requested.</summary>
    public IReadOnlyList<PartyOrganization> Created { get; init; } = [];

    public static RestructureResult Refused(string error) => new(null, error);

    public static RestructureResult Stale(PartyOrganization organization) =>
        new(null, $"“{organization.Name}” vừa được người khác thay đổi; hãy tải lại trang để xem bản mới rồi làm lại.", Conflict: true);
}
