using DangVu.Core.Organizations;
using DangVu.Data.Organizations;

namespace DangVu.Web.Features.Demo;

/// <summary>
/// The tree of notice 509-TB/TU: Tỉnh uỷ Bình Thuận → Đảng uỷ khối cơ quan Dân Chính Đảng → the organizations
/// the notice names, with cells, and the 2008 reorganisation of departments as dated decisions.
/// </summary>
internal sealed class DemoOrganizations(OrganizationRestructuring restructuring, OrganizationQueries queries)
{
    public const string HospitalName = "Đảng bộ Bệnh viện Đa khoa tỉnh";
    public const string MemberCellName = "Chi bộ Khoa Nội";
    public const string SurgeryCellName = "Chi bộ Khoa Ngoại";

    private static readonly DateOnly Founding = new(2005, 12, 1);
    private static readonly DateOnly Reorganisation = new(2008, 4, 1);

    private static readonly (string Name, OrganizationKind Kind, OrganizationType Type, string Agency, string[] Cells)[] BlocMembers =
    [
        ("Chi bộ Ban Tổ chức Tỉnh uỷ", OrganizationKind.GrassrootsCell, OrganizationType.Agency, "Ban Tổ chức Tỉnh uỷ", []),
        ("Chi bộ Ban Tuyên giáo Tỉnh uỷ", OrganizationKind.GrassrootsCell, OrganizationType.Agency, "Ban Tuyên giáo Tỉnh uỷ", []),
        ("Chi bộ Uỷ ban Kiểm tra Tỉnh uỷ", OrganizationKind.GrassrootsCell, OrganizationType.Agency, "Uỷ ban Kiểm tra Tỉnh uỷ", []),
        ("Chi bộ Ban Dân vận Tỉnh uỷ", OrganizationKind.GrassrootsCell, OrganizationType.Agency, "Ban Dân vận Tỉnh uỷ", []),
        ("Đảng bộ Văn phòng Tỉnh uỷ", OrganizationKind.GrassrootsCommittee, OrganizationType.Agency, "Văn phòng Tỉnh uỷ",
            ["Chi bộ Phòng Tổng hợp", "Chi bộ Phòng Hành chính – Tài chính"]),
        ("Đảng bộ Sở Nội vụ", OrganizationKind.GrassrootsCommittee, OrganizationType.Agency, "Sở Nội vụ",
            ["Chi bộ Văn phòng Sở", "Chi bộ Ban Thi đua – Khen thưởng"]),
        ("Chi bộ Liên đoàn Lao động tỉnh", OrganizationKind.GrassrootsCell, OrganizationType.Agency, "Liên đoàn Lao động tỉnh", []),
        ("Chi bộ Tỉnh Đoàn", OrganizationKind.GrassrootsCell, OrganizationType.Agency, "Tỉnh Đoàn Bình Thuận", []),
        ("Đảng bộ Sở Y tế", OrganizationKind.GrassrootsCommittee, OrganizationType.Agency, "Sở Y tế",
            ["Chi bộ Văn phòng Sở Y tế", "Chi bộ Trung tâm Y tế dự phòng"]),
        (HospitalName, OrganizationKind.GrassrootsCommittee, OrganizationType.PublicServiceUnit, "Bệnh viện Đa khoa tỉnh Bình Thuận",
            ["Chi bộ Khoa Nội", "Chi bộ Khoa Ngoại", "Chi bộ Khoa Sản", "Chi bộ Phòng Điều dưỡng"]),
        ("Đảng bộ Sở Nông nghiệp và Phát triển nông thôn", OrganizationKind.GrassrootsCommittee, OrganizationType.Agency,
            "Sở Nông nghiệp và Phát triển nông thôn", ["Chi bộ Chi cục Kiểm lâm", "Chi bộ Chi cục Thuỷ lợi"]),
        ("Đảng bộ Sở Thuỷ sản", OrganizationKind.GrassrootsCommittee, OrganizationType.Agency, "Sở Thuỷ sản",
            ["Chi bộ Chi cục Khai thác và Bảo vệ nguồn lợi thuỷ sản"]),
    ];

    /// <summary>Adds the tree once; returns false when the database already has organizations.</summary>
    public async Task<bool> SeedAsync(CancellationToken cancellationToken)
    {
        if ((await queries.CurrentAsync([OrganizationPath.Root], cancellationToken)).Count > 0)
        {
            return false;
        }

        var province = await AddAsync("Tỉnh uỷ Bình Thuận", OrganizationKind.ProvincialCommittee, OrganizationType.Agency, null, null, Founding, cancellationToken);
        var bloc = await AddAsync("Đảng uỷ khối cơ quan Dân Chính Đảng", OrganizationKind.BlocCommittee, OrganizationType.Agency,
            null, province.Id, Founding, cancellationToken);
        var byName = new Dictionary<string, PartyOrganization>(StringComparer.Ordinal);
        foreach (var (name, kind, type, agency, cells) in BlocMembers)
        {
            var organization = await AddAsync(name, kind, type, agency, bloc.Id, Founding, cancellationToken);
            byName[name] = organization;
            foreach (var cell in cells)
            {
                await AddAsync(cell, OrganizationKind.Cell, type, agency, organization.Id, Founding, cancellationToken);
            }
        }

        // The 2008 reorganisation of provincial departments: fisheries joins agriculture, and new departments open.
        var merged = await restructuring.MergeAsync(
            [byName["Đảng bộ Sở Thuỷ sản"].Id], byName["Đảng bộ Sở Nông nghiệp và Phát triển nông thôn"].Id,
            new Decision(Reorganisation), cancellationToken);
        if (merged.Error is { } error)
        {
            throw new InvalidOperationException($"Demo merge failed: {error}");
        }

        var culture = await AddAsync("Đảng bộ Sở Văn hoá, Thể thao và Du lịch", OrganizationKind.GrassrootsCommittee, OrganizationType.Agency,
            "Sở Văn hoá, Thể thao và Du lịch", bloc.Id, Reorganisation, cancellationToken);
        await AddAsync("Chi bộ Văn phòng Sở Văn hoá, Thể thao và Du lịch", OrganizationKind.Cell, OrganizationType.Agency,
            "Sở Văn hoá, Thể thao và Du lịch", culture.Id, Reorganisation, cancellationToken);
        await AddAsync("Chi bộ Sở Thông tin và Truyền thông", OrganizationKind.GrassrootsCell, OrganizationType.Agency,
            "Sở Thông tin và Truyền thông", bloc.Id, Reorganisation, cancellationToken);
        return true;
    }

    /// <summary>The path of a demo organization, by name.</summary>
    public async Task<string> PathOfAsync(string name, CancellationToken cancellationToken) =>
        (await queries.CurrentAsync([OrganizationPath.Root], cancellationToken)).First(node => node.Name == name).Path;

    private async Task<PartyOrganization> AddAsync(
        string name, OrganizationKind kind, OrganizationType type, string? agency, Guid? parent, DateOnly on, CancellationToken cancellationToken)
    {
        var result = await restructuring.CreateAsync(new NewOrganization(name, kind, type, agency, parent), new Decision(on), cancellationToken);
        return result.Organization ?? throw new InvalidOperationException($"Demo organization {name} refused: {result.Error}");
    }
}
