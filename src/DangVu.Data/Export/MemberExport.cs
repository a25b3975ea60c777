using DangVu.Data.Import;
using DangVu.Data.Members;
using DangVu.Data.Organizations;
using DangVu.Data.Spreadsheets;
using Microsoft.EntityFrameworkCore;

namespace DangVu.Data.Export;

/// <summary>
/// Writes the members of a subtree in the import template's columns (so an export can be corrected and imported
/// elsewhere), streamed from the database in Vietnamese name order per cell. Identity numbers are masked unless
/// <c>mayReveal</c> allows them for the member's organization path.
/// </summary>
public sealed class MemberExport(DangVuDbContext context)
{
    public const string SheetName = "Đảng viên";

    /// <summary>Writes the rows and returns how many members were written and how many had identity numbers shown in clear.</summary>
    public async Task<(int Members, int Revealed)> WriteAsync(
        ISheetWriter writer, IReadOnlyCollection<string> scopePaths, Func<string, bool> mayReveal, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(writer);
        var names = await context.Organizations.AsNoTracking()
            .Within(scopePaths, nameof(PartyOrganization.Path))
            .Select(o => new { o.Id, o.Name })
            .ToDictionaryAsync(o => o.Id, o => o.Name, cancellationToken);
        writer.StartSheet(SheetName, MemberColumns.Sheet);
        var (count, revealed) = (0, 0);
        var members = context.Members.AsNoTracking()
            .Within(scopePaths, nameof(PartyMember.OrganizationPath))
            .OrderBy(m => m.OrganizationPath).ThenBy(m => m.GivenName).ThenBy(m => m.SortName).ThenBy(m => m.Id)
            .AsAsyncEnumerable();
        await foreach (var member in members.WithCancellation(cancellationToken))
        {
            var reveal = mayReveal(member.OrganizationPath);
            revealed += reveal && (member.CardNumber ?? member.CitizenId) is not null ? 1 : 0;
            writer.WriteRow(Row(member, names.GetValueOrDefault(member.OrganizationId, string.Empty), reveal));
            count++;
        }

        return (count, revealed);
    }

    /// <summary>As the template asks users to write it: "x" for yes, blank for no.</summary>
    private static string? Flag(bool value) => value ? "x" : null;

    private static object?[] Row(PartyMember member, string organization, bool reveal) =>
    [
        member.FullName,
        member.BirthDate,
        MemberLabels.Gender(member.Gender),
        member.Ethnicity,
        member.Religion,
        member.Hometown,
        member.Education,
        member.Profession,
        MemberLabels.Sector(member.Sector),
        member.TheoryLevel == TheoryLevel.None ? null : MemberLabels.TheoryLevel(member.TheoryLevel),
        member.Position,
        Flag(member.YouthUnionMember),
        Flag(member.TradeUnionMember),
        Flag(member.PoliticalCore),
        member.AdmittedOn,
        member.OfficialOn,
        reveal ? member.CardNumber : MemberMasking.Mask(member.CardNumber),
        reveal ? member.CitizenId : MemberMasking.Mask(member.CitizenId),
        organization,
        member.OrganizationId.ToString(),
    ];
}
