using DangVu.Core.Text;

namespace DangVu.Web.Forms;

/// <summary>A date typed in a form field as dd/mm/yyyy, or the Vietnamese message that tells the user what to fix.</summary>
internal static class TypedDate
{
    /// <summary>The date, or null with <paramref name="refusal"/> naming the field by <paramref name="label"/> ("ngày sinh").</summary>
    public static DateOnly? Read(string? text, string label, out string? refusal)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            refusal = $"Hãy nhập {label}.";
            return null;
        }

        if (!VietnameseDates.TryParse(text, out var date))
        {
            refusal = $"Không đọc được {label} “{text.Trim()}”: hãy nhập theo dạng ngày/tháng/năm, ví dụ 22/05/2008.";
            return null;
        }

        refusal = null;
        return date;
    }
}
