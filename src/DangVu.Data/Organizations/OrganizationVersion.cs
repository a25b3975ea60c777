using DangVu.Core.Organizations;

namespace DangVu.Data.Organizations;

/// <summary>How one organization stood over a period [ValidFrom, ValidTo): the answer to "what did the tree look like on D?".</summary>
public sealed class OrganizationVersion
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public Guid OrganizationId { get; set; }

    public DateOnly ValidFrom { get; set; }

    /// <summary>Exclusive end; null while it is how the organization stands now.</summary>
    public DateOnly? ValidTo { get; set; }

    public string Name { get; set; } = string.Empty;

    public OrganizationKind Kind { get; set; }

    public OrganizationType Type { get; set; }

    public string? Agency { get; set; }

    public Guid? ParentId { get; set; }

    public string Path { get; set; } = OrganizationPath.Root;

    /// <summary>The change that began this version.</summary>
    public Guid ChangeId { get; set; }

    public static OrganizationVersion Of(PartyOrganization organization, DateOnly validFrom, Guid changeId) => new()
    {
        OrganizationId = organization.Id,
        ValidFrom = validFrom,
        Name = organization.Name,
        Kind = organization.Kind,
        Type = organization.Type,
        Agency = organization.Agency,
        ParentId = organization.ParentId,
        Path = organization.Path,
        ChangeId = changeId,
    };
}
