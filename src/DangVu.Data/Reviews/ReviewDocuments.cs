using System.Globalization;
using DangVu.Core.Reviews;
using DangVu.Core.Rules;
using DangVu.Core.Text;
using DangVu.Data.Documents;

namespace DangVu.Data.Reviews;

/// <summary>The documents of a review: an organization's report on its results, and the minutes of a secret ballot's count.</summary>
public static class ReviewDocuments
{
    private static readonly string[] Motto = ["CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập – Tự do – Hạnh phúc"];

    /// <summary>
    /// Báo cáo kết quả kiểm điểm, đánh giá, xếp loại: the counts by level of the organization's members, the cap, the
    /// overrides, the organizations it rated and the flags the committee was shown.
    /// </summary>
    public static byte[] OrganizationReport(
        ReviewPeriod period, RuleSet rules, string organizationName, IReadOnlyList<MemberReview> members, IReadOnlyList<OrganizationReview> organizations,
        IReadOnlyList<InflationFlag> flags, CapView? cap, DateOnly today)
    {
        var writer = new DocxWriter()
            .Header([organizationName.ToUpper(CultureInfo.GetCultureInfo("vi-VN"))], Motto)
            .Centered(VietnameseDates.Written(today), italic: true)
            .Title("BÁO CÁO")
            .Centered($"Kết quả kiểm điểm, đánh giá, xếp loại chất lượng {period.Name}")
            .Paragraph($"Căn cứ: {rules.Name} ({rules.Period}); thang xếp loại: {RuleTopics.RatingLevels.Describe(rules.RatingLevels.Value)}.")
            .Heading("I. XẾP LOẠI ĐẢNG VIÊN")
            .Table(["Mức xếp loại", "Số đảng viên", "Tỷ lệ"], RatingScale.Levels.Select(level => Row(RatingScale.Name(rules, level), members.Count(m => m.DecidedLevel == level), members.Count))
                .Append(Row("Chưa xếp loại", members.Count(m => m.DecidedLevel is null), members.Count))
                .Append(["Tổng số", members.Count.ToString(CultureInfo.InvariantCulture), "100%"]));
        if (cap is not null)
        {
            writer.Paragraph($"Giới hạn “{RatingScale.Name(rules, RatingLevel.Excellent)}”: {cap.Decided.Describe()}");
        }

        foreach (var overridden in members.Where(m => m.OverrideReason is not null))
        {
            writer.Paragraph($"Quyết định vượt giới hạn: {overridden.FullName} — lý do: {overridden.OverrideReason}");
        }

        writer.Heading("II. DANH SÁCH ĐẢNG VIÊN")
            .Table(["Họ và tên", "Tự nhận", "Chi bộ đề xuất", "Cấp uỷ quyết định"], members.Select(m => (IReadOnlyList<string>)
                [m.FullName, Level(rules, m.SelfLevel, m.SelfPoints), Level(rules, m.ProposedLevel, m.ProposedPoints), Level(rules, m.DecidedLevel, null)]));
        if (organizations.Count > 0)
        {
            writer.Heading("III. XẾP LOẠI TỔ CHỨC ĐẢNG")
                .Table(["Tổ chức đảng", "Tự nhận", "Đề xuất", "Quyết định"], organizations.Select(o => (IReadOnlyList<string>)
                    [o.Name, Level(rules, o.SelfLevel, o.SelfPoints), Level(rules, o.ProposedLevel, null), Level(rules, o.DecidedLevel, null)]));
        }

        writer.Heading(organizations.Count > 0 ? "IV. DẤU HIỆU CẦN XEM XÉT" : "III. DẤU HIỆU CẦN XEM XÉT");
        if (flags.Count == 0)
        {
            writer.Paragraph("Không có dấu hiệu kết quả cao hơn thực chất.");
        }

        foreach (var flag in flags)
        {
            writer.Paragraph("- " + flag.Message);
        }

        return writer.ToBytes();
    }

    /// <summary>Biên bản kiểm phiếu: ballots issued and cast, each candidate's count and result, the rule applied.</summary>
    public static byte[] BallotMinutes(SecretBallot ballot, RuleSet rules, IReadOnlyList<BallotVoter> voters)
    {
        var rule = rules.RatingBallot;
        var level = RatingScale.Name(rules, ballot.Level);
        var writer = new DocxWriter()
            .Header([ballot.CellName.ToUpper(CultureInfo.GetCultureInfo("vi-VN"))], Motto)
            .Centered(VietnameseDates.Written(ballot.CountedOn ?? ballot.HeldOn), italic: true)
            .Title("BIÊN BẢN KIỂM PHIẾU")
            .Centered($"Bỏ phiếu kín đề xuất mức “{level}”")
            .Paragraph($"Ngày bỏ phiếu: {VietnameseDates.Numeric(ballot.HeldOn)}. Ngày kiểm phiếu: {(ballot.CountedOn is { } counted ? VietnameseDates.Numeric(counted) : "chưa kiểm phiếu")}.")
            .Paragraph($"Số đảng viên chính thức được phát phiếu: {ballot.Issued}. Số phiếu thu về: {ballot.Cast?.ToString(CultureInfo.InvariantCulture) ?? "—"}.")
            .Paragraph($"Quy định: {RuleTopics.RatingBallot.Describe(rule.Value)} ({rule.Source.Citation}{(rule.IsConfirmed ? "" : ", chưa xác nhận")}).")
            .Heading("Kết quả kiểm phiếu")
            .Table(["Họ và tên", "Đồng ý", "Không đồng ý", "Tỷ lệ đồng ý", "Kết quả"], ballot.Candidates.Select(c => (IReadOnlyList<string>)
                [c.FullName, Count(c.InFavour), Count(c.Against), c.InFavour is { } yes ? Percent(yes, ballot.Issued) : "—",
                 c.Passed switch { true => "Đạt", false => "Không đạt", _ => "—" }]))
            .Heading("Đảng viên được phát phiếu")
            .Paragraph(string.Join(", ", voters.Select(v => v.FullName)) + ".")
            .Paragraph("Phiếu kín: DangVu không lưu người nào đã nhận mã phiếu nào, cũng không lưu phiếu nào do ai bỏ.")
            .Paragraph($"Người kiểm phiếu: {ballot.CountedBy ?? "—"}.");
        return writer.ToBytes();
    }

    private static string[] Row(string label, int count, int total) => [label, count.ToString(CultureInfo.InvariantCulture), Percent(count, total)];

    private static string Percent(int part, int whole) => whole == 0 ? "—" : string.Create(CultureInfo.InvariantCulture, $"{Math.Round(100m * part / whole, 1)}%");

    private static string Count(int? value) => value?.ToString(CultureInfo.InvariantCulture) ?? "—";

    private static string Level(RuleSet rules, RatingLevel? level, decimal? points) =>
        level is null ? "—" : RatingScale.Name(rules, level.Value) + (points is { } p ? $" ({SelfReviewScoring.Points(p)} điểm)" : "");
}
