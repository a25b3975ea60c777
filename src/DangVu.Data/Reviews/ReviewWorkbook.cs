using DangVu.Core.Reviews;
using DangVu.Core.Rules;
using DangVu.Data.Spreadsheets;

namespace DangVu.Data.Reviews;

/// <summary>
/// The summary forms for the level above (XLSX): results per grassroots organization (counts by level, the cap, the
/// overrides), every member's rating, every organization's rating and each organization's timeliness.
/// </summary>
public static class ReviewWorkbook
{
    public static byte[] Write(
        ReviewPeriod period, RuleSet rules, string scope, IReadOnlyList<GrassrootsSummary> summary, IReadOnlyList<MemberReview> members,
        IReadOnlyList<OrganizationReview> organizations, IReadOnlyList<CellTimeliness> timeliness, IReadOnlyDictionary<Guid, string> cellNames)
    {
        using var stream = new MemoryStream();
        using (var writer = SheetWriter.Create(stream, SheetFormat.Xlsx))
        {
            var levels = RatingScale.Levels;
            writer.StartSheet("Tổng hợp", [
                new SheetColumn("Tổ chức cơ sở đảng", 48), new SheetColumn("Số đảng viên", 12),
                .. levels.Select(l => new SheetColumn(RatingScale.Name(rules, l), 18)), new SheetColumn("Chưa xếp loại", 12),
                new SheetColumn("Tối đa xuất sắc", 14), new SheetColumn("Vượt giới hạn", 12), new SheetColumn("Quyết định vượt giới hạn", 16)]);
            foreach (var row in summary)
            {
                writer.WriteRow([row.Name, row.Members, .. levels.Select(l => (object?)row.Decided[l]), row.Undecided,
                    row.Cap.Decided.Maximum, row.Cap.Decided.IsOver ? "Có" : "Không", row.Overrides]);
            }

            writer.WriteRow(["Cộng", summary.Sum(s => s.Members), .. levels.Select(l => (object?)summary.Sum(s => s.Decided[l])), summary.Sum(s => s.Undecided),
                null, null, summary.Sum(s => s.Overrides)]);
            writer.WriteRow([$"{scope} — kỳ đánh giá {period.Name}; quy định: {rules.Name}"]);

            writer.StartSheet("Đảng viên", [
                new SheetColumn("Họ và tên", 28), new SheetColumn("Chi bộ", 36), new SheetColumn("Điểm tự chấm", 12), new SheetColumn("Tự nhận", 26),
                new SheetColumn("Chi bộ đề xuất", 26), new SheetColumn("Cấp uỷ quyết định", 26), new SheetColumn("Ngày quyết định", 14), new SheetColumn("Lý do vượt giới hạn", 40)]);
            foreach (var member in members)
            {
                writer.WriteRow([member.FullName, cellNames.GetValueOrDefault(member.CellId, ""), member.SelfPoints, Name(rules, member.SelfLevel),
                    Name(rules, member.ProposedLevel), Name(rules, member.DecidedLevel), member.DecidedOn, member.OverrideReason]);
            }

            writer.StartSheet("Tổ chức đảng", [
                new SheetColumn("Tổ chức đảng", 48), new SheetColumn("Tự nhận", 26), new SheetColumn("Đề xuất", 26), new SheetColumn("Quyết định", 26), new SheetColumn("Ngày quyết định", 14)]);
            foreach (var organization in organizations)
            {
                writer.WriteRow([organization.Name, Name(rules, organization.SelfLevel), Name(rules, organization.ProposedLevel), Name(rules, organization.DecidedLevel), organization.DecidedOn]);
            }

            writer.StartSheet("Tiến độ", [
                new SheetColumn("Tổ chức đảng", 48), new SheetColumn("Số đảng viên", 12), new SheetColumn("Tự kiểm điểm", 18), new SheetColumn("Chi bộ đề xuất", 18),
                new SheetColumn("Cấp uỷ quyết định", 18), new SheetColumn("Tổ chức tự kiểm điểm", 18), new SheetColumn("Xếp loại tổ chức", 18)]);
            foreach (var row in timeliness)
            {
                writer.WriteRow([row.Name, row.Members, ReviewTimeliness.Title(row.SelfReview), ReviewTimeliness.Title(row.Proposal), ReviewTimeliness.Title(row.Decision),
                    row.OrganizationSelfReview is { } s ? ReviewTimeliness.Title(s) : null, row.OrganizationDecision is { } d ? ReviewTimeliness.Title(d) : null]);
            }
        }

        return stream.ToArray();
    }

    private static string? Name(RuleSet rules, RatingLevel? level) => level is { } l ? RatingScale.Name(rules, l) : null;
}
