using DangVu.Data.Spreadsheets;

namespace DangVu.Web.Features.Training;

/// <summary>The completion of a resolution study as a workbook: a summary, one row per organization, who has not studied, who was exempt, probationers without the new-member class.</summary>
internal static class CompletionWorkbook
{
    public static byte[] Write(ResolutionCompletionDto report, IReadOnlyList<ProbationaryWithoutClassDto> probationers)
    {
        // XLSX needs a seekable stream; a subtree's report is a few thousand rows at most.
        using var stream = new MemoryStream();
        using (var writer = SheetWriter.Create(stream, SheetFormat.Xlsx))
        {
            writer.StartSheet("Tổng hợp", [new SheetColumn("Chỉ tiêu", 48), new SheetColumn("Số liệu", 40)]);
            writer.WriteRow(["Nghị quyết", report.Topic]);
            writer.WriteRow(["Phạm vi", report.Scope]);
            writer.WriteRow(["Số lớp học tập", report.Classes]);
            writer.WriteRow(["Từ ngày", report.FirstDay]);
            writer.WriteRow(["Đến ngày", report.LastDay]);
            writer.WriteRow(["Số đảng viên phải học tập", report.Total.Required]);
            writer.WriteRow(["Số đã học tập", report.Total.Completed]);
            writer.WriteRow(["Số chưa học tập", report.Total.Missing]);
            writer.WriteRow(["Tỷ lệ đã học tập (%)", Percent(report.Total.Rate)]);
            writer.WriteRow(["Số không tính (miễn sinh hoạt, sinh hoạt tạm thời nơi khác)", report.Total.Exempt]);
            writer.WriteRow(["Bộ quy định áp dụng", report.RuleSetId]);

            writer.StartSheet("Theo tổ chức", [new SheetColumn("Tổ chức", 48), new SheetColumn("Phải học", 12), new SheetColumn("Đã học", 12),
                new SheetColumn("Chưa học", 12), new SheetColumn("Tỷ lệ (%)", 12), new SheetColumn("Không tính", 12)]);
            foreach (var unit in report.Units)
            {
                writer.WriteRow([unit.Name, unit.Count.Required, unit.Count.Completed, unit.Count.Missing, Percent(unit.Count.Rate), unit.Count.Exempt]);
            }

            writer.StartSheet("Chưa học tập", [new SheetColumn("Họ và tên", 32), new SheetColumn("Chi bộ", 40)]);
            foreach (var member in report.Missing)
            {
                writer.WriteRow([member.FullName, member.CellName]);
            }

            writer.StartSheet("Không tính", [new SheetColumn("Họ và tên", 32), new SheetColumn("Chi bộ", 40)]);
            foreach (var member in report.Exempt)
            {
                writer.WriteRow([member.FullName, member.CellName]);
            }

            writer.StartSheet("Dự bị chưa học lớp mới", [new SheetColumn("Họ và tên", 32), new SheetColumn("Chi bộ", 40),
                new SheetColumn("Ngày kết nạp", 14), new SheetColumn("Hết dự bị", 14)]);
            foreach (var member in probationers)
            {
                writer.WriteRow([member.FullName, member.CellName, member.AdmittedOn, member.ProbationEnds]);
            }
        }

        return stream.ToArray();
    }

    private static double? Percent(double? rate) => rate is { } r ? Math.Round(r * 100, 1) : null;
}
