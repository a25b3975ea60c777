using DangVu.Core.Members;
using DangVu.Core.Text;
using DangVu.Data.Audit;
using DangVu.Data.Members;
using DangVu.Data.Spreadsheets;
using Microsoft.EntityFrameworkCore;

namespace DangVu.Data.Import;

/// <summary>
/// Imports members from an XLSX or CSV file. All or nothing: every row is read, checked and written in one
/// transaction, which is committed only when no row has a problem and the caller asked to commit — so a preview is
/// the same run rolled back, and a bad last row of a million leaves the database as it was. Rows are written in
/// batches with bulk inserts; memory does not grow with the file (duplicates across batches are found by the
/// database's indexes, within a batch by a small dictionary).
/// </summary>
public sealed class MemberImport(DangVuDbContext context, TimeProvider clock)
{
    public const string AuditAction = "import-members";
    private const int BatchSize = 5_000;

    public Task<ImportReport> RunAsync(Stream file, ImportRequest request, CancellationToken cancellationToken = default) =>
        ImportFile.RunAsync(file, MemberColumns.Import, (reader, layout) => ImportRowsAsync(reader, layout, request, cancellationToken), cancellationToken);

    private async Task<ImportReport> ImportRowsAsync(ISheetReader reader, SheetLayout layout, ImportRequest request, CancellationToken cancellationToken)
    {
        var report = new ImportReport();
        var today = VietnameseDates.Today(clock);
        var parser = new MemberRowParser(layout, await CellDirectory.LoadAsync(context, request.ScopePaths, cancellationToken), today);
        await using var transaction = await context.Database.BeginTransactionAsync(cancellationToken);
        var writer = new MemberBulkWriter(context);
        var batch = new List<(int Row, PartyMember Member)>(BatchSize);
        var rowProblems = new List<ImportProblem>();
        while (reader.ReadRow() is { } row)
        {
            cancellationToken.ThrowIfCancellationRequested();
            report.RowsRead++;
            rowProblems.Clear();
            var (member, cell) = parser.Parse(row, reader.RowNumber, rowProblems);
            rowProblems.ForEach(report.Add);
            if (member is not null)
            {
                member.OpenHistory(today);
                batch.Add((reader.RowNumber, member));
                report.Accept(new ImportedRow(reader.RowNumber, member.FullName, member.BirthDate, cell!.Name));
            }

            if (batch.Count == BatchSize)
            {
                await WriteBatchAsync(batch, writer, report, cancellationToken);
                request.Progress?.Report(new ImportProgress(report.RowsRead, reader.Progress));
            }
        }

        await WriteBatchAsync(batch, writer, report, cancellationToken);
        request.Progress?.Report(new ImportProgress(report.RowsRead, 1));
        if (report.RowsRead == 0)
        {
            report.Add(new ImportProblem(null, null, "Tệp chỉ có dòng tiêu đề, không có đảng viên nào để nhập."));
        }

        report.SortProblems();
        if (report.HasProblems || !request.Commit)
        {
            await transaction.RollbackAsync(cancellationToken);
            return report;
        }

        await new AuditLog(context).RecordAsync(
            new AuditEvent(AuditAction, nameof(PartyMember), null, $"{request.FileName}: {report.RowsRead} đảng viên (SHA-256 {report.FileSha256})"),
            cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        report.Saved = true;
        return report;
    }

    /// <summary>Checks a batch's card and citizen numbers against each other and the database, then writes it.</summary>
    private async Task WriteBatchAsync(List<(int Row, PartyMember Member)> batch, MemberBulkWriter writer, ImportReport report, CancellationToken cancellationToken)
    {
        if (batch.Count == 0)
        {
            return;
        }

        var duplicates = new HashSet<int>();
        await FindDuplicatesAsync(batch, m => m.CardNumber, MemberField.CardNumber, "Số thẻ đảng viên", report, duplicates, cancellationToken);
        await FindDuplicatesAsync(batch, m => m.CitizenId, MemberField.CitizenId, "Số căn cước công dân", report, duplicates, cancellationToken);
        var members = batch.Where(item => !duplicates.Contains(item.Row)).Select(item => item.Member).ToList();
        await writer.WriteAsync(members, cancellationToken);
        batch.Clear();
    }

    private async Task FindDuplicatesAsync(
        List<(int Row, PartyMember Member)> batch, Func<PartyMember, string?> key, MemberField field, string label,
        ImportReport report, HashSet<int> duplicates, CancellationToken cancellationToken)
    {
        var column = MemberColumns.HeaderOf(field);
        var firstRow = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var (row, member) in batch)
        {
            if (key(member) is not { } value)
            {
                continue;
            }

            if (!firstRow.TryAdd(value, row))
            {
                duplicates.Add(row);
                report.Add(new ImportProblem(row, column, $"{label} {value} trùng với dòng {firstRow[value]}."));
            }
        }

        // One array parameter (json_each on SQLite, = ANY on PostgreSQL): EF's default of one parameter per value spent
        // more time expanding and binding 5,000 parameters than the database spent looking them up.
        var values = firstRow.Keys.ToList();
        var existing = field == MemberField.CardNumber
            ? await context.Members.Where(m => m.CardNumber != null && EF.Parameter(values).Contains(m.CardNumber)).Select(m => m.CardNumber!).ToListAsync(cancellationToken)
            : await context.Members.Where(m => m.CitizenId != null && EF.Parameter(values).Contains(m.CitizenId)).Select(m => m.CitizenId!).ToListAsync(cancellationToken);
        foreach (var value in existing)
        {
            var row = firstRow[value];
            duplicates.Add(row);
            report.Add(new ImportProblem(row, column, $"{label} {value} đã có trong hồ sơ khác (trong DangVu hoặc ở một dòng trước của tệp)."));
        }
    }
}
