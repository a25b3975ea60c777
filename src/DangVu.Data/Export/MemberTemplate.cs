using DangVu.Core.Organizations;
using DangVu.Data.Import;
using DangVu.Data.Organizations;
using DangVu.Data.Spreadsheets;
using Microsoft.EntityFrameworkCore;

namespace DangVu.Data.Export;

/// <summary>
/// The import template: the member sheet's header row, a guide to every column, and the cells the user may
/// import into with their identifiers (XLSX; a CSV template is the header row alone).
/// </summary>
public sealed class MemberTemplate(DangVuDbContext context)
{
    public async Task WriteAsync(ISheetWriter writer, IReadOnlyCollection<string> scopePaths, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.StartSheet(MemberExport.SheetName, MemberColumns.Sheet);
        writer.StartSheet("Hướng dẫn", [new("Cột", 24), new("Cách ghi", 100)]);
        foreach (var column in MemberColumns.All)
        {
            writer.WriteRow([column.Header, column.Guide]);
        }

        writer.WriteRow([MemberColumns.OrganizationIdHeader, "Không bắt buộc. Mã của chi bộ (trang “Chi bộ”): dùng khi có hai chi bộ cùng tên."]);
        writer.WriteRow([null, "Mỗi dòng một đảng viên, bắt đầu từ dòng 2. Chỉ khi mọi dòng đều đúng DangVu mới ghi; nếu có lỗi, DangVu chỉ ra dòng và cột để sửa."]);
        writer.StartSheet("Chi bộ", [new("Chi bộ", 48), new(MemberColumns.OrganizationIdHeader, 38)]);
        var cells = await context.Organizations.AsNoTracking()
            .Within(scopePaths, nameof(PartyOrganization.Path))
            .Where(o => o.DissolvedOn == null && (o.Kind == OrganizationKind.Cell || o.Kind == OrganizationKind.GrassrootsCell))
            .OrderBy(o => o.Path)
            .Select(o => new { o.Name, o.Id })
            .ToListAsync(cancellationToken);
        foreach (var cell in cells)
        {
            writer.WriteRow([cell.Name, cell.Id.ToString()]);
        }
    }
}
