using DangVu.Core.Organizations;
using DangVu.Core.Text;
using DangVu.Data.Audit;
using DangVu.Data.Organizations;
using DangVu.Data.Spreadsheets;
using Microsoft.EntityFrameworkCore;

namespace DangVu.Data.Import;

/// <summary>
/// Imports organizations from an XLSX or CSV file, top-down: each row creates one organization under an existing one
/// or under a row above it, as a dated "create" with its decision (audited like any restructuring). All or nothing,
/// in one transaction; a preview is the same run rolled back.
/// </summary>
public sealed class OrganizationImport(DangVuDbContext context, OrganizationRestructuring restructuring)
{
    public const string AuditAction = "import-organizations";
    public const string ParentIdHeader = "Mã cấp trên";

    public static readonly IReadOnlyList<ImportColumn> Columns =
    [
        new("Tên tổ chức", Required: true),
        new("Loại tổ chức", Required: true),
        new("Loại hình", Required: false),
        new("Cơ quan", Required: false),
        new("Tổ chức cấp trên", Required: false),
        new(ParentIdHeader, Required: false),
        new("Ngày thành lập", Required: true),
        new("Số quyết định", Required: false),
    ];

    public Task<ImportReport> RunAsync(Stream file, ImportRequest request, CancellationToken cancellationToken = default) =>
        ImportFile.RunAsync(file, Columns, (reader, layout) => ImportRowsAsync(reader, layout, request, cancellationToken), cancellationToken);

    private async Task<ImportReport> ImportRowsAsync(ISheetReader reader, SheetLayout layout, ImportRequest request, CancellationToken cancellationToken)
    {
        var report = new ImportReport();
        var known = await context.Organizations.AsNoTracking()
            .Within(request.ScopePaths, nameof(PartyOrganization.Path))
            .Where(o => o.DissolvedOn == null)
            .Select(o => new { o.Id, o.Name })
            .ToListAsync(cancellationToken);
        var byName = known.ToLookup(o => VietnameseText.SearchKey(o.Name), o => o.Id).ToDictionary(g => g.Key, g => g.ToList());
        var byId = known.Select(o => o.Id).ToHashSet();
        await using var transaction = await context.Database.BeginTransactionAsync(cancellationToken);
        while (reader.ReadRow() is { } row)
        {
            report.RowsRead++;
            var rowNumber = reader.RowNumber;
            void Problem(string column, string message) => report.Add(new ImportProblem(rowNumber, column, message));

            var name = layout.Cell(row, "Tên tổ chức") ?? string.Empty;
            var kind = VietnameseText.MatchLabel(layout.Cell(row, "Loại tổ chức"), Enum.GetValues<OrganizationKind>(), OrganizationNames.Vietnamese);
            var type = layout.Cell(row, "Loại hình") is { } typeText ? VietnameseText.MatchLabel(typeText, Enum.GetValues<OrganizationType>(), OrganizationNames.Vietnamese) : OrganizationType.Agency;
            DateOnly? founded = layout.Cell(row, "Ngày thành lập") is { } dateText && ImportValues.TryParseDate(dateText, out var date) ? date : null;
            var parent = FindParent(layout.Cell(row, ParentIdHeader), layout.Cell(row, "Tổ chức cấp trên"), byId, byName, out var parentProblem);
            if (kind is null)
            {
                Problem("Loại tổ chức", $"ghi một trong: {string.Join(", ", Enum.GetValues<OrganizationKind>().Select(OrganizationNames.Vietnamese))}.");
            }

            if (type is null)
            {
                Problem("Loại hình", $"ghi một trong: {string.Join(", ", Enum.GetValues<OrganizationType>().Select(OrganizationNames.Vietnamese))}.");
            }

            if (founded is null)
            {
                Problem("Ngày thành lập", layout.Cell(row, "Ngày thành lập") is { } text ? ImportValues.DateProblem(text) : "chưa ghi ngày.");
            }

            if (parentProblem is not null)
            {
                Problem("Tổ chức cấp trên", parentProblem);
            }

            if (kind is null || type is null || founded is null || parentProblem is not null)
            {
                continue;
            }

            if (parent is null && !request.ScopePaths.Contains(OrganizationPath.Root))
            {
                Problem("Tổ chức cấp trên", "bạn chỉ được thêm tổ chức vào trong phạm vi của mình: hãy ghi tổ chức cấp trên.");
                continue;
            }

            var created = await restructuring.CreateAsync(
                new NewOrganization(name, kind.Value, type.Value, layout.Cell(row, "Cơ quan"), parent),
                new Decision(founded.Value, layout.Cell(row, "Số quyết định")), cancellationToken);
            if (created.Organization is not { } organization)
            {
                Problem("Tên tổ chức", created.Error ?? "không tạo được.");
                continue;
            }

            byId.Add(organization.Id);
            var key = VietnameseText.SearchKey(organization.Name);
            byName[key] = [.. byName.GetValueOrDefault(key) ?? [], organization.Id];
            report.Accept(new ImportedRow(rowNumber, organization.Name, organization.EstablishedOn, OrganizationNames.Vietnamese(organization.Kind)));
        }

        if (report.RowsRead == 0)
        {
            report.Add(new ImportProblem(null, null, "Tệp chỉ có dòng tiêu đề, không có tổ chức nào để nhập."));
        }

        if (report.HasProblems || !request.Commit)
        {
            await transaction.RollbackAsync(cancellationToken);
            context.ChangeTracker.Clear();
            return report;
        }

        await new AuditLog(context).RecordAsync(new AuditEvent(AuditAction, nameof(PartyOrganization), null, $"{request.FileName}: {report.RowsRead} tổ chức"), cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        report.Saved = true;
        return report;
    }

    private static Guid? FindParent(string? idText, string? name, HashSet<Guid> byId, Dictionary<string, List<Guid>> byName, out string? problem)
    {
        problem = null;
        if (idText is not null)
        {
            if (Guid.TryParse(idText, out var id) && byId.Contains(id))
            {
                return id;
            }

            problem = $"không có tổ chức mã “{idText}” đang hoạt động trong phạm vi của bạn.";
            return null;
        }

        if (name is null)
        {
            return null;
        }

        var matches = byName.GetValueOrDefault(VietnameseText.SearchKey(name)) ?? [];
        problem = matches.Count switch
        {
            1 => null,
            0 => $"không có tổ chức “{name}” đang hoạt động trong phạm vi của bạn, cũng không ở dòng nào phía trên.",
            _ => $"có {matches.Count} tổ chức cùng tên “{name}”: hãy ghi cột “{ParentIdHeader}”.",
        };
        return matches.Count == 1 ? matches[0] : null;
    }
}
