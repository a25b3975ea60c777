using DangVu.Core.Organizations;
using DangVu.Data.Import;
using DangVu.Data.Organizations;
using DangVu.Data.Spreadsheets;
using Microsoft.EntityFrameworkCore;

namespace DangVu.Data.Export;

/// <summary>The organization import template: its header row, a guide, and the organizations already in the caller's reach.</summary>
public sealed class OrganizationTemplate(DangVuDbContext context)
{
    private static readonly Dictionary<string, string> Guides = new(StringComparer.Ordinal)
    {
        ["Tên tổ chức"] = "Bắt buộc. Tên đầy đủ, ví dụ Chi bộ Khoa Nội.",
        ["Loại tổ chức"] = $"Bắt buộc. Một trong: {string.Join(", ", Enum.GetValues<OrganizationKind>().Select(OrganizationNames.Vietnamese))}.",
        ["Loại hình"] = $"Một trong: {string.Join(", ", Enum.GetValues<OrganizationType>().Select(OrganizationNames.Vietnamese))}. Để trống là Cơ quan.",
        ["Cơ quan"] = "Cơ quan, đơn vị nơi tổ chức đảng đặt ở đó.",
        ["Tổ chức cấp trên"] = "Tên tổ chức cấp trên: đã có trong DangVu (trang “Tổ chức hiện có”) hoặc ở một dòng phía trên.",
        [OrganizationImport.ParentIdHeader] = "Không bắt buộc. Mã tổ chức cấp trên, khi có hai tổ chức cùng tên.",
        ["Ngày thành lập"] = "Bắt buộc. Ngày/tháng/năm của quyết định thành lập.",
        ["Số quyết định"] = "Số, ký hiệu quyết định thành lập, ví dụ 125-QĐ/TU.",
    };

    public async Task WriteAsync(ISheetWriter writer, IReadOnlyCollection<string> scopePaths, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.StartSheet("Tổ chức", OrganizationImport.Columns.Select(column => new SheetColumn(column.Header, 24)).ToList());
        writer.StartSheet("Hướng dẫn", [new("Cột", 24), new("Cách ghi", 100)]);
        foreach (var column in OrganizationImport.Columns)
        {
            writer.WriteRow([column.Header, Guides[column.Header]]);
        }

        writer.StartSheet("Tổ chức hiện có", [new("Tên tổ chức", 48), new("Loại tổ chức", 20), new(OrganizationImport.ParentIdHeader, 38)]);
        var organizations = await context.Organizations.AsNoTracking()
            .Within(scopePaths, nameof(PartyOrganization.Path))
            .Where(o => o.DissolvedOn == null)
            .OrderBy(o => o.Path)
            .Select(o => new { o.Name, o.Kind, o.Id })
            .ToListAsync(cancellationToken);
        foreach (var organization in organizations)
        {
            writer.WriteRow([organization.Name, OrganizationNames.Vietnamese(organization.Kind), organization.Id.ToString()]);
        }
    }
}
