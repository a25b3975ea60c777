using System.Data.Common;
using System.Globalization;
using DangVu.Core.Members;
using DangVu.Core.Organizations;
using DangVu.Core.Text;
using DangVu.Data;
using DangVu.Data.Members;
using DangVu.Data.Organizations;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace DangVu.Bench.Statistics;

/// <summary>
/// Fills a database with provinces of members for benchmarks: organizations through EF in one save, members with one
/// prepared INSERT per row in one transaction (bypassing EF, as a bulk load would), then the counters recounted.
/// A stand-in until the synthetic-nation generator exists.
/// </summary>
public static class BulkSeed
{
    private static readonly string[] FamilyNames = ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ", "Đặng", "Bùi", "Đỗ"];
    private static readonly string[] MiddleNames = ["Văn", "Thị", "Hữu", "Đức", "Minh", "Ngọc", "Thanh"];
    private static readonly string[] GivenNames = ["An", "Bình", "Cường", "Dũng", "Hoà", "Hương", "Lan", "Mai", "Nam", "Phúc", "Quang", "Sơn", "Thuỷ", "Trang"];
    private static readonly string[] Ethnicities = ["Kinh", "Kinh", "Kinh", "Kinh", "Kinh", "Kinh", "Kinh", "Kinh", "Chăm", "Hoa", "Tày", "Khmer", "Ra Glai"];
    private static readonly string?[] Educations = ["12/12", "12/12", "12/12", "12/12", "10/10", "9/12", null];

    /// <summary>Province paths, in order.</summary>
    public static async Task<IReadOnlyList<string>> SeedAsync(
        DangVuDbContext context, int provinces, int membersPerProvince, int membersPerCell = 100, CancellationToken cancellationToken = default)
    {
        var random = new Random(2025);
        var provincePaths = new List<string>();
        var cells = new List<PartyOrganization>();
        for (var p = 0; p < provinces; p++)
        {
            var province = Organization($"Tỉnh uỷ Mẫu {p + 1}", OrganizationKind.ProvincialCommittee, null);
            provincePaths.Add(province.Path);
            var committees = Math.Max(1, membersPerProvince / membersPerCell / 10);
            for (var c = 0; c < committees; c++)
            {
                var committee = Organization($"Đảng bộ {p + 1}.{c + 1}", OrganizationKind.GrassrootsCommittee, province);
                for (var k = 0; k < 10; k++)
                {
                    cells.Add(Organization($"Chi bộ {p + 1}.{c + 1}.{k + 1}", OrganizationKind.Cell, committee));
                }
            }
        }

        await context.SaveChangesAsync(cancellationToken);
        context.ChangeTracker.Clear();

        var cellsPerProvince = cells.Count / provinces;
        await context.Database.OpenConnectionAsync(cancellationToken);
        await using (var transaction = await context.Database.BeginTransactionAsync(cancellationToken))
        {
            await using var insert = MemberInsert(context, transaction);
            for (var p = 0; p < provinces; p++)
            {
                for (var i = 0; i < membersPerProvince; i++)
                {
                    Bind(insert, random, cells[(p * cellsPerProvince) + (i % cellsPerProvince)], context.Database.IsNpgsql());
                    await insert.ExecuteNonQueryAsync(cancellationToken);
                }
            }

            await transaction.CommitAsync(cancellationToken);
        }

        await context.Database.CloseConnectionAsync();
        return provincePaths;

        PartyOrganization Organization(string name, OrganizationKind kind, PartyOrganization? parent)
        {
            var organization = new PartyOrganization
            {
                Name = name,
                Kind = kind,
                Type = OrganizationType.Agency,
                ParentId = parent?.Id,
                EstablishedOn = new DateOnly(2000, 1, 1),
            };
            organization.Path = OrganizationPath.Child(parent?.Path ?? OrganizationPath.Root, organization.Id);
            organization.Depth = OrganizationPath.Depth(organization.Path);
            context.Organizations.Add(organization);
            return organization;
        }
    }

    private static readonly string[] Columns =
    [
        "Id", "FullName", "GivenNameKey", "GivenName", "SortName", "SearchKey", "BirthDate", "Gender", "Ethnicity", "Education",
        "Sector", "TheoryLevel", "YouthUnionMember", "TradeUnionMember", "PoliticalCore", "AdmittedOn", "OfficialOn",
        "OrganizationId", "OrganizationPath", "Status", "IsSynthetic", "Version",
    ];

    private static DbCommand MemberInsert(DangVuDbContext context, IDbContextTransaction transaction)
    {
        var command = context.Database.GetDbConnection().CreateCommand();
        command.Transaction = transaction.GetDbTransaction();
#pragma warning disable CA2100 // Column names are constants.
        command.CommandText = $"INSERT INTO \"Members\" ({string.Join(", ", Columns.Select(c => $"\"{c}\""))}) VALUES ({string.Join(", ", Columns.Select(c => $"@{c}"))})";
#pragma warning restore CA2100
        foreach (var column in Columns)
        {
            var parameter = command.CreateParameter();
            parameter.ParameterName = column;
            command.Parameters.Add(parameter);
        }

        return command;
    }

    private static void Bind(DbCommand command, Random random, PartyOrganization cell, bool npgsql)
    {
        var female = random.Next(10) < 4;
        var name = $"{Pick(random, FamilyNames)} {(female ? "Thị" : Pick(random, MiddleNames))} {Pick(random, GivenNames)}";
        var keys = PersonNames.Keys(name);
        var birth = new DateOnly(1950 + random.Next(55), 1 + random.Next(12), 1 + random.Next(28));
        var admitted = birth.AddYears(20 + random.Next(10));
        var roll = random.Next(100);
        var status = roll switch
        {
            < 5 => MemberStatus.Probationary,
            < 7 => MemberStatus.TemporarilyAway,
            < 8 => MemberStatus.Exempted,
            < 9 => MemberStatus.Deceased,
            < 10 => MemberStatus.TransferredOut,
            _ => MemberStatus.Official,
        };
        object Date(DateOnly date) => npgsql ? date : date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        object Id(Guid id) => npgsql ? id : id.ToString().ToUpperInvariant();
        object?[] values =
        [
            Id(Guid.CreateVersion7()), keys.FullName, keys.GivenNameKey, keys.GivenName, keys.SortName, keys.SearchKey, Date(birth),
            (female ? Gender.Female : Gender.Male).ToString(), Pick(random, Ethnicities), Pick(random, Educations),
            ((Sector)(1 + random.Next(6))).ToString(), TheoryLevel.Elementary.ToString(), false, false, false, Date(admitted),
            status == MemberStatus.Probationary ? null : Date(admitted.AddYears(1)), Id(cell.Id), cell.Path, status.ToString(), true, 0,
        ];
        for (var i = 0; i < values.Length; i++)
        {
            command.Parameters[i].Value = values[i] ?? DBNull.Value;
        }
    }

    private static T Pick<T>(Random random, T[] values) => values[random.Next(values.Length)];
}
