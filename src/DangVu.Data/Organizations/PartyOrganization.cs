using DangVu.Core.Organizations;
using DangVu.Core.Text;

namespace DangVu.Data.Organizations;

/// <summary>A node of the organization tree as it stands now; <see cref="OrganizationVersion"/> keeps how it stood before.</summary>
public sealed class PartyOrganization
{
    private string _name = string.Empty;

    public Guid Id { get; set; } = Guid.CreateVersion7();

    public string Name
    {
        get => _name;
        set
        {
            _name = VietnameseText.Normalize(value);
            SearchKey = VietnameseText.SearchKey(_name);
        }
    }

    public string SearchKey { get; private set; } = string.Empty;

    public OrganizationKind Kind { get; set; }

    public OrganizationType Type { get; set; }

    /// <summary>The agency it sits in (Sở Y tế, Liên đoàn Lao động tỉnh …), if any.</summary>
    public string? Agency { get; set; }

    public Guid? ParentId { get; set; }

    /// <summary>Materialized path, see <see cref="OrganizationPath"/>; rewritten (with history) by a move.</summary>
    public string Path { get; set; } = OrganizationPath.Root;

    public int Depth { get; set; }

    public DateOnly EstablishedOn { get; set; }

    public DateOnly? DissolvedOn { get; set; }

    /// <summary>The organization that took it over in a merge.</summary>
    public Guid? SucceededById { get; set; }

    /// <summary>Bumped by every change; an edit made against an older version is refused, not silently overwritten.</summary>
    public int Version { get; set; }

    public bool IsActive => DissolvedOn is null;
}
