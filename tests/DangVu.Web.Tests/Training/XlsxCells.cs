using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace DangVu.Web.Tests.Training;

/// <summary>Opens a workbook with the Open XML SDK, independently of DangVu's own reader, and returns a sheet's cells as text.</summary>
internal static class XlsxCells
{
    public static IReadOnlyList<string> SheetNames(byte[] workbook)
    {
        using var document = SpreadsheetDocument.Open(new MemoryStream(workbook), false);
        return [.. document.WorkbookPart!.Workbook.Sheets!.Elements<Sheet>().Select(s => s.Name!.Value!)];
    }

    public static IReadOnlyList<IReadOnlyList<string>> Rows(byte[] workbook, string sheetName)
    {
        using var document = SpreadsheetDocument.Open(new MemoryStream(workbook), false);
        var part = document.WorkbookPart!;
        var sheet = part.Workbook.Sheets!.Elements<Sheet>().Single(s => s.Name == sheetName);
        var worksheet = (WorksheetPart)part.GetPartById(sheet.Id!);
        var shared = part.SharedStringTablePart?.SharedStringTable.Elements<SharedStringItem>().Select(i => i.InnerText).ToList() ?? [];
        return [.. worksheet.Worksheet.Descendants<Row>().Select(row => (IReadOnlyList<string>)[.. row.Elements<Cell>().Select(cell =>
            cell.DataType?.Value == CellValues.InlineString ? cell.InlineString!.InnerText
            : cell.DataType?.Value == CellValues.SharedString ? shared[int.Parse(cell.CellValue!.Text, System.Globalization.CultureInfo.InvariantCulture)]
            : cell.CellValue?.Text ?? string.Empty)])];
    }
}
