using DangVu.Core.Organizations;
using DangVu.Core.Text;

namespace DangVu.Core.DocumentWriting;

/// <summary>
/// What the form proposes for an issuing organization, from its kind and name; the author may change each (an office
/// that issues for its standing committee writes its own names).
/// </summary>
public static class IssuerDefaults
{
    /// <summary>
    /// The issuer code of the symbol (HD 36-HD/VPTW): TU for a provincial committee, ĐUK for a bloc committee, ĐU for a
    /// grassroots committee, CB for a cell.
    /// </summary>
    public static string Code(OrganizationKind kind) => kind switch
    {
        OrganizationKind.ProvincialCommittee => "TU",
        OrganizationKind.BlocCommittee => "ĐUK",
        OrganizationKind.GrassrootsCommittee => "ĐU",
        OrganizationKind.GrassrootsCell or OrganizationKind.Cell => "CB",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Unknown kind."),
    };

    /// <summary>
    /// The body that issues, in capitals: the committee of an organization ("Đảng bộ Sở Y tế" issues as "ĐẢNG UỶ SỞ Y
    /// TẾ"); a committee or a cell under its own name.
    /// </summary>
    public static string Issuer(OrganizationKind kind, string name)
    {
        var normalized = VietnameseText.Normalize(name);
        if (kind == OrganizationKind.GrassrootsCommittee && normalized.StartsWith("Đảng bộ ", StringComparison.OrdinalIgnoreCase))
        {
            normalized = "Đảng uỷ " + normalized["Đảng bộ ".Length..];
        }

        return Capitals(normalized);
    }

    /// <summary>
    /// The body written above the issuer: the party organization of the level above ("Đảng uỷ khối cơ quan X" is
    /// "ĐẢNG BỘ KHỐI CƠ QUAN X", "Tỉnh uỷ Bình Thuận" is "ĐẢNG BỘ TỈNH BÌNH THUẬN"); none above a provincial committee.
    /// </summary>
    public static IReadOnlyList<string> Parents(OrganizationKind kind, OrganizationKind? parentKind, string? parentName)
    {
        if (kind == OrganizationKind.ProvincialCommittee || parentKind is null || string.IsNullOrWhiteSpace(parentName))
        {
            return [];
        }

        var name = VietnameseText.Normalize(parentName);
        foreach (var (committee, organization) in CommitteeToOrganization)
        {
            if (name.StartsWith(committee, StringComparison.OrdinalIgnoreCase))
            {
                name = organization + name[committee.Length..];
                break;
            }
        }

        return [Capitals(name)];
    }

    /// <summary>Capitals as Vietnamese writes them (đ → Đ, marks kept).</summary>
    public static string Capitals(string text) => VietnameseText.Normalize(text).ToUpper(VietnameseText.Culture);

    private static readonly (string Committee, string Organization)[] CommitteeToOrganization =
    [
        ("Đảng uỷ khối ", "Đảng bộ khối "),
        ("Tỉnh uỷ ", "Đảng bộ tỉnh "),
        ("Thành uỷ ", "Đảng bộ thành phố "),
        ("Huyện uỷ ", "Đảng bộ huyện "),
        ("Đảng uỷ ", "Đảng bộ "),
    ];
}
