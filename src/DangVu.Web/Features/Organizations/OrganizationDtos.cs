using System.ComponentModel.DataAnnotations;
using System.Text.Json.Serialization;
using DangVu.Core.Organizations;
using DangVu.Data.Organizations;

namespace DangVu.Web.Features.Organizations;

public sealed record OrganizationDto(
    Guid Id,
    string Name,
    [property: JsonConverter(typeof(JsonStringEnumConverter<OrganizationKind>))] OrganizationKind Kind,
    string KindName,
    [property: JsonConverter(typeof(JsonStringEnumConverter<OrganizationType>))] OrganizationType Type,
    string? Agency,
    Guid? Parent,
    int Depth,
    int Version)
{
    public static OrganizationDto From(OrganizationNode node) => new(
        node.Id, node.Name, node.Kind, OrganizationNames.Vietnamese(node.Kind), node.Type, node.Agency, node.ParentId,
        OrganizationPath.Depth(node.Path), node.Version);
}

public sealed record OrganizationChangeDto(string Kind, DateOnly EffectiveOn, string? DecisionNumber, string Summary)
{
    public static OrganizationChangeDto From(OrganizationChange change) =>
        new(change.Kind.ToString(), change.EffectiveOn, change.DecisionNumber, change.Summary);
}

public sealed record OrganizationDetailDto(OrganizationDto Organization, DateOnly EstablishedOn, DateOnly? DissolvedOn, IReadOnlyList<OrganizationChangeDto> History);

/// <summary>The fields every restructuring request carries: the decision and the version the caller saw.</summary>
public abstract class RestructureRequest
{
    [Required(ErrorMessage = "Hãy nhập ngày hiệu lực.")]
    public DateOnly? EffectiveOn { get; set; }

    [StringLength(64, ErrorMessage = "Số quyết định dài quá 64 ký tự.")]
    public string? DecisionNumber { get; set; }

    public Decision ToDecision() => new(EffectiveOn!.Value, DecisionNumber);
}

public sealed class CreateOrganizationRequest : RestructureRequest
{
    [Required(ErrorMessage = "Hãy nhập tên tổ chức.")]
    [StringLength(300, ErrorMessage = "Tên tổ chức dài quá 300 ký tự.")]
    public string Name { get; set; } = string.Empty;

    [EnumDataType(typeof(OrganizationKind), ErrorMessage = "Cấp tổ chức không hợp lệ.")]
    public OrganizationKind Kind { get; set; }

    [EnumDataType(typeof(OrganizationType), ErrorMessage = "Loại hình không hợp lệ.")]
    public OrganizationType Type { get; set; } = OrganizationType.Agency;

    [StringLength(300, ErrorMessage = "Tên cơ quan dài quá 300 ký tự.")]
    public string? Agency { get; set; }

    public Guid? Parent { get; set; }
}

public sealed class RenameOrganizationRequest : RestructureRequest
{
    [Required(ErrorMessage = "Hãy nhập tên mới.")]
    [StringLength(300, ErrorMessage = "Tên tổ chức dài quá 300 ký tự.")]
    public string Name { get; set; } = string.Empty;

    public int Version { get; set; }
}

public sealed class MoveOrganizationRequest : RestructureRequest
{
    [Required(ErrorMessage = "Hãy chọn tổ chức cấp trên mới.")]
    public Guid? NewParent { get; set; }

    public int Version { get; set; }
}

public sealed class MergeOrganizationsRequest : RestructureRequest
{
    [MinLength(1, ErrorMessage = "Hãy chọn ít nhất một tổ chức để hợp nhất.")]
    public List<Guid> Sources { get; set; } = [];
}

public sealed class DissolveOrganizationRequest : RestructureRequest
{
    public int Version { get; set; }
}

/// <summary>
/// A split: the organization closes on the effective date and two or more new ones take over its units and members.
/// Every active unit under it and every member whose file is open there must be listed under exactly one new unit.
/// </summary>
public sealed class SplitOrganizationRequest : RestructureRequest, IValidatableObject
{
    public int Version { get; set; }

    public List<SplitUnitRequest> Units { get; set; } = [];

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        // JSON may carry nulls where the types say there are none.
        if (Units is null || Units.Any(unit => unit is null || unit.Children is null || unit.Members is null))
        {
            yield return new ValidationResult("Hãy mô tả đủ từng tổ chức mới: tên, cấp, loại hình, tổ chức trực thuộc và đảng viên nhận về.", [nameof(Units)]);
        }
    }

    public IReadOnlyList<SplitUnit> ToUnits() =>
        Units.Select(unit => new SplitUnit(unit.Name ?? string.Empty, unit.Kind, unit.Type, unit.Agency, unit.Children, unit.Members, unit.Parent)).ToList();
}

/// <summary>One new organization of a split.</summary>
public sealed class SplitUnitRequest
{
    public string? Name { get; set; }

    public OrganizationKind Kind { get; set; }

    public OrganizationType Type { get; set; } = OrganizationType.Agency;

    public string? Agency { get; set; }

    /// <summary>The parent of the new organization; omitted, the split organization's parent.</summary>
    public Guid? Parent { get; set; }

    /// <summary>The units of the split organization this one takes over.</summary>
    public List<Guid> Children { get; set; } = [];

    /// <summary>The members of the split organization this one takes over.</summary>
    public List<Guid> Members { get; set; } = [];
}

/// <summary>A split's outcome: the closed organization and the new ones, in the order requested.</summary>
public sealed record SplitResultDto(OrganizationDto Organization, IReadOnlyList<OrganizationDto> Created);

/// <summary>What a restructuring would do (nothing is written): see <see cref="RestructurePreviewResult"/>.</summary>
public sealed record RestructurePreviewDto(
    bool Allowed,
    string? Refusal,
    string? Summary,
    IReadOnlyList<PreviewOrganizationDto> Created,
    IReadOnlyList<PreviewOrganizationDto> Closed,
    IReadOnlyList<PreviewPathChangeDto> Moved,
    int MembersChangingCell,
    IReadOnlyList<PreviewMember> Members,
    IReadOnlyList<PreviewDestination> Destinations,
    int MembersFollowing)
{
    public static RestructurePreviewDto From(RestructurePreviewResult preview) => new(
        preview.Allowed, preview.Refusal, preview.Summary, preview.Created.Select(PreviewOrganizationDto.From).ToList(),
        preview.Closed.Select(PreviewOrganizationDto.From).ToList(), preview.Moved.Select(PreviewPathChangeDto.From).ToList(),
        preview.MembersChangingCell, preview.Members, preview.Destinations, preview.MembersFollowing);
}

/// <summary>An organization a restructuring would found or close. Ids of organizations a preview founds are not kept.</summary>
public sealed record PreviewOrganizationDto(
    Guid Id, string Name, [property: JsonConverter(typeof(JsonStringEnumConverter<OrganizationKind>))] OrganizationKind Kind, string KindName)
{
    public static PreviewOrganizationDto From(PreviewOrganization organization) =>
        new(organization.Id, organization.Name, organization.Kind, OrganizationNames.Vietnamese(organization.Kind));
}

/// <summary>An organization whose path a restructuring would rewrite; <c>ParentChanges</c> is false for units that only follow.</summary>
public sealed record PreviewPathChangeDto(
    Guid Id, string Name, [property: JsonConverter(typeof(JsonStringEnumConverter<OrganizationKind>))] OrganizationKind Kind,
    Guid? FromParentId, string? FromParent, Guid? ToParentId, string? ToParent, bool ParentChanges)
{
    public static PreviewPathChangeDto From(PreviewPathChange change) => new(
        change.Id, change.Name, change.Kind, change.FromParentId, change.FromParent, change.ToParentId, change.ToParent, change.ParentChanges);
}
