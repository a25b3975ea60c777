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
