using DangVu.Core.Text;

namespace DangVu.Web.Features.Review.Pages;

/// <summary>Reading what review forms send: dates typed dd/mm/yyyy, as in the other forms.</summary>
internal static class ReviewForms
{
    public static DateOnly? Date(string? text, string label, List<string> refusals)
    {
        if (VietnameseDates.TryParse(text, out var date))
        {
            return date;
        }

        refusals.Add(string.IsNullOrWhiteSpace(text) ? $"{label}: hãy nhập ngày." : $"{label}: không đọc được “{text}”, hãy viết ngày/tháng/năm.");
        return null;
    }
}
