using DangVu.Data.Spreadsheets;

namespace DangVu.Web.Features.FollowUp;

/// <summary>A roll-up as XLSX: a summary, the organizations, the months, what is overdue and every task.</summary>
internal static class FollowUpWorkbook
{
    public const string ContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    public static byte[] Write(RollupDto rollup)
    {
        // XLSX needs a seekable stream; a roll-up is at most a few thousand rows.
        using var stream = new MemoryStream();
        using (var writer = SheetWriter.Create(stream, SheetFormat.Xlsx))
        {
            writer.StartSheet("Tổng hợp", [new SheetColumn("Chỉ tiêu", 48), new SheetColumn("Số liệu", 16)]);
            writer.WriteRow(["Phạm vi", rollup.Scope]);
            writer.WriteRow(["Tính đến ngày", rollup.AsOf]);
            writer.WriteRow(["Tổng số nhiệm vụ", rollup.Total]);
            foreach (var state in rollup.States)
            {
                writer.WriteRow([state.Label, state.Count]);
            }

            writer.WriteRow(["Tỷ lệ hoàn thành đúng hạn (%)", rollup.OnTimeRate is { } rate ? Math.Round(rate * 100, 1) : null]);
            writer.WriteRow(["Nhiệm vụ thiếu báo cáo định kỳ", rollup.MissingReports]);

            writer.StartSheet("Theo đơn vị", [new SheetColumn("Đơn vị chủ trì", 48), new SheetColumn("Tổng số", 10), new SheetColumn("Hoàn thành", 12), new SheetColumn("Quá hạn", 10)]);
            foreach (var organization in rollup.ByOrganization)
            {
                writer.WriteRow([organization.Name, organization.Total, organization.Done, organization.Overdue]);
            }

            writer.StartSheet("Theo tháng", [new SheetColumn("Tháng", 12), new SheetColumn("Đến hạn", 10), new SheetColumn("Đúng hạn", 10), new SheetColumn("Tỷ lệ (%)", 10)]);
            foreach (var month in rollup.OnTimeByMonth)
            {
                writer.WriteRow([month.Month.ToString("MM/yyyy", System.Globalization.CultureInfo.InvariantCulture), month.Due, month.OnTime, month.Rate is { } r ? Math.Round(r * 100, 1) : null]);
            }

            WriteTasks(writer, "Quá hạn", rollup.Overdue);
            WriteTasks(writer, "Nhiệm vụ", rollup.Tasks);
        }

        return stream.ToArray();
    }

    private static void WriteTasks(ISheetWriter writer, string sheet, IReadOnlyList<TaskSummaryDto> tasks)
    {
        writer.StartSheet(sheet, [
            new SheetColumn("Nhiệm vụ", 60), new SheetColumn("Nguồn", 20), new SheetColumn("Đơn vị chủ trì", 40), new SheetColumn("Hạn", 12),
            new SheetColumn("Tình trạng", 20), new SheetColumn("Số ngày quá hạn", 10), new SheetColumn("Thiếu báo cáo", 14)]);
        foreach (var task in tasks)
        {
            writer.WriteRow([task.Title, task.Source, task.LeadOrganizationName, task.DueOn, task.StateLabel, task.DaysLate, task.MissingReport]);
        }
    }
}
