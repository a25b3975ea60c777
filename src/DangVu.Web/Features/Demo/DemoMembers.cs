using System.Globalization;
using Bogus;
using DangVu.Core.Organizations;
using DangVu.Data;
using DangVu.Data.Members;
using DangVu.Data.Organizations;
using Microsoft.EntityFrameworkCore;

namespace DangVu.Web.Features.Demo;

/// <summary>
/// About 1,500 synthetic members (Bogus, Vietnamese locale) spread over the demo cells, each flagged
/// <see cref="PartyMember.IsSynthetic"/>. The same seed gives the same people every time.
/// </summary>
internal sealed class DemoMembers(MemberRegistry registry, OrganizationQueries organizations, DangVuDbContext context)
{
    public const int DefaultCount = 1500;
    private const int Seed = 509;
    private static readonly DateOnly LastAdmission = new(2025, 6, 30);

    private static readonly string[] MaleMiddleNames = ["Văn", "Đức", "Minh", "Hữu", "Quốc", "Thanh", "Công", "Ngọc"];
    private static readonly string[] FemaleMiddleNames = ["Thị", "Ngọc", "Thu", "Thanh", "Kim", "Minh", "Hồng", "Bích"];
    private static readonly string[] Hometowns = ["Phan Thiết", "Hàm Thuận Bắc", "Hàm Thuận Nam", "Bắc Bình", "Tuy Phong", "La Gi", "Đức Linh", "Tánh Linh"];

    public async Task SeedAsync(int count, CancellationToken cancellationToken)
    {
        if (await context.Members.AnyAsync(cancellationToken))
        {
            return;
        }

        var cells = (await organizations.CurrentAsync([OrganizationPath.Root], cancellationToken))
            .Where(node => node.Kind is OrganizationKind.Cell or OrganizationKind.GrassrootsCell)
            .ToList();
        var faker = new Faker("vi") { Random = new Randomizer(Seed) };
        for (var index = 0; index < count; index++)
        {
            var cell = cells[index % cells.Count];
            var female = faker.Random.Bool(0.45f);
            var middle = faker.PickRandom(female ? FemaleMiddleNames : MaleMiddleNames);
            var born = DateOnly.FromDateTime(faker.Date.Between(new DateTime(1958, 1, 1), new DateTime(2004, 12, 31)));
            // Admitted between 19 and 45, and at least a year before the demo's last recognition (mid-2025).
            var latest = born.AddYears(45) < LastAdmission ? born.AddYears(45) : LastAdmission;
            var admitted = DateOnly.FromDateTime(faker.Date.Between(born.AddYears(19).ToDateTime(TimeOnly.MinValue), latest.ToDateTime(TimeOnly.MinValue)));
            var probationer = faker.Random.Bool(0.06f);
            var (_, errors) = await registry.AddAsync(new NewMember(
                    $"{faker.Name.LastName()} {middle} {faker.Name.FirstName()}",
                    born,
                    female ? Gender.Female : Gender.Male,
                    cell.Id,
                    admitted,
                    probationer ? null : admitted.AddYears(1),
                    Sector: cell.Name.Contains("Y tế", StringComparison.Ordinal) || cell.Name.Contains("Khoa", StringComparison.Ordinal)
                        || cell.Name.Contains("Điều dưỡng", StringComparison.Ordinal) ? Sector.Health : Sector.Administration,
                    CardNumber: (90_000_000 + index).ToString(CultureInfo.InvariantCulture),
                    CitizenId: $"060{faker.Random.Long(100_000_000, 999_999_999).ToString(CultureInfo.InvariantCulture)}",
                    Hometown: faker.PickRandom(Hometowns),
                    YouthUnionMember: born.Year >= 1995,
                    PoliticalCore: faker.Random.Bool(0.1f),
                    IsSynthetic: true),
                save: false,
                cancellationToken);
            if (errors.Count > 0)
            {
                throw new InvalidOperationException($"Demo member refused: {string.Join("; ", errors)}");
            }

            if (index % 250 == 249)
            {
                await context.SaveChangesAsync(cancellationToken);
            }
        }

        await context.SaveChangesAsync(cancellationToken);
    }
}
