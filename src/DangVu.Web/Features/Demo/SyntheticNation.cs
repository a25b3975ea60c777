using System.Globalization;
using Bogus;
using DangVu.Core.Organizations;
using DangVu.Core.Text;
using DangVu.Data;
using DangVu.Data.Audit;
using DangVu.Data.Import;
using DangVu.Data.Members;
using DangVu.Data.Organizations;
using Microsoft.EntityFrameworkCore;

namespace DangVu.Web.Features.Demo;

/// <summary>
/// A synthetic nation for benchmarks (<c>dangvu demo --members N --provinces P</c>): P provincial committees, each
/// with district-level committees over grassroots cells of about <see cref="MembersPerCell"/> members — the shape of
/// the real system (5.6 million members over some 58,000 leaf organizations in 34 provinces). Written with bulk
/// inserts in one transaction; everything is marked synthetic; one audit entry records the run.
/// </summary>
internal sealed class SyntheticNation(DangVuDbContext context, TimeProvider clock)
{
    public const int MaxMembers = 5_600_000;
    public const int MaxProvinces = 63;
    public const int MembersPerCell = 97;
    private const int CellsPerDistrict = 100;
    private const int Batch = 10_000;
    private const int Seed = 2008;
    private static readonly DateOnly Founded = new(1975, 5, 1);
    private static readonly string[] Ethnicities = ["Tày", "Thái", "Mường", "Khmer", "Hoa", "Nùng", "H'Mông", "Dao", "Chăm", "Gia Rai"];
    private static readonly Sector[] Sectors = [Sector.Administration, Sector.Administration, Sector.Health, Sector.Education, Sector.Education, Sector.Enterprise, Sector.ArmedForces, Sector.Other];

    public async Task GenerateAsync(int members, int provinces, IProgress<(int Done, int Total)>? progress, CancellationToken cancellationToken)
    {
        var faker = new Faker("vi") { Random = new Randomizer(Seed) };
        var random = new Random(Seed);
        var lastNames = Enumerable.Range(0, 300).Select(_ => faker.Name.LastName()).Distinct().ToArray();
        var firstNames = Enumerable.Range(0, 3000).Select(_ => faker.Name.FirstName()).Distinct().ToArray();
        var middleNames = new[] { "Văn", "Thị", "Đức", "Minh", "Hữu", "Ngọc", "Thanh", "Thu", "Quốc", "Kim", "Hồng", "Công" };
        var today = VietnameseDates.Today(clock);
        var firstCard = 10_000_000 + await context.Members.CountAsync(cancellationToken);

        await using var transaction = await context.Database.BeginTransactionAsync(cancellationToken);
        var cells = await CreateTreeAsync(members, provinces, cancellationToken);
        var writer = new MemberBulkWriter(context);
        var batch = new List<PartyMember>(Batch);
        for (var index = 0; index < members; index++)
        {
            var cell = cells[index % cells.Count];
            var female = random.NextDouble() < 0.4;
            var born = new DateOnly(1950, 1, 1).AddDays(random.Next(0, 20_000));
            var admitted = born.AddYears(18).AddDays(random.Next(0, 9_000));
            if (admitted >= today)
            {
                admitted = today.AddDays(-random.Next(400, 4_000));
                born = admitted.AddYears(-25);
            }

            var member = new PartyMember
            {
                FullName = $"{lastNames[random.Next(lastNames.Length)]} {middleNames[random.Next(middleNames.Length)]} {firstNames[random.Next(firstNames.Length)]}",
                BirthDate = born,
                Gender = female ? Gender.Female : Gender.Male,
                Ethnicity = random.NextDouble() < 0.86 ? "Kinh" : Ethnicities[random.Next(Ethnicities.Length)],
                Education = "12/12",
                Sector = Sectors[random.Next(Sectors.Length)],
                AdmittedOn = admitted,
                OfficialOn = random.NextDouble() < 0.95 && admitted.AddYears(1) < today ? admitted.AddYears(1) : null,
                CardNumber = (firstCard + index).ToString(CultureInfo.InvariantCulture),
                OrganizationId = cell.Id,
                OrganizationPath = cell.Path,
                IsSynthetic = true,
            };
            member.OpenHistory(today);
            batch.Add(member);
            if (batch.Count == Batch || index == members - 1)
            {
                await writer.WriteAsync(batch, cancellationToken);
                batch.Clear();
                progress?.Report((index + 1, members));
            }
        }

        await new AuditLog(context).RecordAsync(
            new AuditEvent("demo-nation", nameof(PartyMember), null, $"Dữ liệu mẫu: {members} đảng viên, {provinces} tỉnh, {cells.Count} chi bộ"),
            cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }

    /// <summary>Provinces → district committees → grassroots cells, enough cells for about <see cref="MembersPerCell"/> members each.</summary>
    private async Task<List<PartyOrganization>> CreateTreeAsync(int members, int provinces, CancellationToken cancellationToken)
    {
        var cellsPerProvince = Math.Max(1, (int)Math.Ceiling(members / (double)MembersPerCell / provinces));
        var organizations = new List<PartyOrganization>();
        var cells = new List<PartyOrganization>();
        var change = new OrganizationChange
        {
            Kind = OrganizationChangeKind.Create,
            EffectiveOn = Founded,
            DecisionNumber = "Dữ liệu mẫu",
            Summary = "Thành lập (dữ liệu mẫu cho đo hiệu năng).",
            RecordedAt = clock.GetUtcNow(),
        };
        for (var p = 1; p <= provinces; p++)
        {
            var province = Organization($"Tỉnh uỷ Mẫu {p:00}", OrganizationKind.ProvincialCommittee, null);
            organizations.Add(province);
            change.OrganizationId = province.Id;
            for (var d = 0; d * CellsPerDistrict < cellsPerProvince; d++)
            {
                var district = Organization($"Huyện uỷ Mẫu {p:00}-{d + 1:00}", OrganizationKind.BlocCommittee, province);
                organizations.Add(district);
                for (var c = d * CellsPerDistrict; c < Math.Min(cellsPerProvince, (d + 1) * CellsPerDistrict); c++)
                {
                    var cell = Organization($"Chi bộ Mẫu {p:00}-{d + 1:00}-{c + 1:000}", OrganizationKind.GrassrootsCell, district);
                    organizations.Add(cell);
                    cells.Add(cell);
                }
            }
        }

        await BulkInsert.RowsAsync(context, organizations, cancellationToken);
        await BulkInsert.RowsAsync(context, [change], cancellationToken);
        await BulkInsert.RowsAsync(context, organizations.Select(o => OrganizationVersion.Of(o, Founded, change.Id)).ToList(), cancellationToken);
        return cells;
    }

    private static PartyOrganization Organization(string name, OrganizationKind kind, PartyOrganization? parent)
    {
        var organization = new PartyOrganization
        {
            Name = name,
            Kind = kind,
            Type = OrganizationType.Agency,
            ParentId = parent?.Id,
            EstablishedOn = Founded,
        };
        organization.Path = OrganizationPath.Child(parent?.Path ?? OrganizationPath.Root, organization.Id);
        organization.Depth = OrganizationPath.Depth(organization.Path);
        return organization;
    }
}
