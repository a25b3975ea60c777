using System.Collections.Frozen;
using DangVu.Core.Members;
using DangVu.Data.Spreadsheets;

namespace DangVu.Data.Import;

/// <summary>A column of the member spreadsheet: the same in the template, the import and the export.</summary>
public sealed record MemberColumn(MemberField Field, string Header, int Width, bool Required, string Guide)
{
    public SheetColumn Sheet => new(Header, Width);
}

/// <summary>The member spreadsheet's columns, in order. Headers are matched by their folded spelling ("ho va ten" works).</summary>
public static class MemberColumns
{
    /// <summary>The cell's identifier: exports write it, and it settles which of two same-named cells is meant.</summary>
    public const string OrganizationIdHeader = "Mã chi bộ";

    public static readonly IReadOnlyList<MemberColumn> All =
    [
        new(MemberField.FullName, "Họ và tên", 28, true, "Bắt buộc. Họ, tên đệm và tên, tối đa 200 ký tự."),
        new(MemberField.BirthDate, "Ngày sinh", 12, true, "Bắt buộc. Ngày/tháng/năm, ví dụ 22/05/1980."),
        new(MemberField.Gender, "Giới tính", 9, true, "Bắt buộc. Nam hoặc Nữ."),
        new(MemberField.Ethnicity, "Dân tộc", 10, false, "Để trống là Kinh."),
        new(MemberField.Religion, "Tôn giáo", 10, false, "Để trống nếu không theo tôn giáo nào."),
        new(MemberField.Hometown, "Quê quán", 20, false, "Tối đa 300 ký tự."),
        new(MemberField.Education, "Giáo dục phổ thông", 10, false, "Ví dụ 12/12."),
        new(MemberField.Profession, "Chuyên môn", 20, false, "Ví dụ Bác sĩ chuyên khoa I."),
        new(MemberField.Sector, "Ngành", 18, false, "Một trong: Quản lý nhà nước, Đảng, đoàn thể; Y tế; Giáo dục; Doanh nghiệp; Lực lượng vũ trang; Khác. Để trống là Quản lý nhà nước, Đảng, đoàn thể."),
        new(MemberField.TheoryLevel, "Lý luận chính trị", 12, false, "Sơ cấp, Trung cấp hoặc Cao cấp; để trống nếu chưa qua đào tạo."),
        new(MemberField.Position, "Chức vụ", 18, false, "Chức vụ chính quyền, đoàn thể."),
        new(MemberField.YouthUnionMember, "Đoàn viên thanh niên", 8, false, "Ghi x nếu có."),
        new(MemberField.TradeUnionMember, "Đoàn viên công đoàn", 8, false, "Ghi x nếu có."),
        new(MemberField.PoliticalCore, "Cốt cán chính trị", 8, false, "Ghi x nếu có."),
        new(MemberField.AdmittedOn, "Ngày vào Đảng", 12, true, "Bắt buộc. Ngày kết nạp."),
        new(MemberField.OfficialOn, "Ngày chính thức", 12, false, "Để trống nếu còn là đảng viên dự bị."),
        new(MemberField.CardNumber, "Số thẻ đảng viên", 14, false, "Không trùng với hồ sơ khác."),
        new(MemberField.CitizenId, "Số CCCD", 14, false, "Đúng 12 chữ số, không trùng với hồ sơ khác."),
        new(MemberField.Organization, "Chi bộ", 36, true, "Bắt buộc. Tên chi bộ đang sinh hoạt, đúng như trong DangVu (xem trang “Chi bộ”)."),
    ];

    /// <summary>The export's and template's columns: the file's fields and the cell's identifier after its name.</summary>
    public static IReadOnlyList<SheetColumn> Sheet { get; } = [.. All.Select(column => column.Sheet), new SheetColumn(OrganizationIdHeader, 38)];

    /// <summary>What the import reads: the fields, and the cell's identifier, which may stand in for its name.</summary>
    internal static IReadOnlyList<ImportColumn> Import { get; } =
    [
        .. All.Select(column => new ImportColumn(column.Header, column.Required, column.Field == MemberField.Organization ? OrganizationIdHeader : null)),
        new ImportColumn(OrganizationIdHeader, Required: false),
    ];

    private static readonly FrozenDictionary<MemberField, string> Headers = All.ToFrozenDictionary(column => column.Field, column => column.Header);

    internal static string HeaderOf(MemberField field) => Headers[field];
}
