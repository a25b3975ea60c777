using System.Globalization;
using System.Text.RegularExpressions;
using DangVu.Core.Text;

namespace DangVu.Core.FollowUp;

/// <summary>
/// Reads the deadline or period a task's words set, relative to the document's date: "7 tháng còn lại" (of a May 2008
/// notice) and "thời gian còn lại của năm 2008" → by 31/12/2008; "cuối năm", "6 tháng cuối năm" → 31 December;
/// "trước ngày 30/6/2008" or "chậm nhất ngày 30 tháng 6 năm 2008" → that day; "trong quý III" → 30 September; "trong
/// tháng 7" → 31 July; and a reporting rhythm: "hằng tháng", "từng tháng" → monthly, "hằng quý", "từng quý" → quarterly
/// (the more frequent when both are named). Matching ignores case, marks and tone placement. Looks back ("4 tháng đầu
/// năm") are not terms. When the words set nothing, the user sets the term.
/// </summary>
public static partial class TermPhrases
{
    /// <summary>Reads the text's term (from <paramref name="issuedOn"/>, the document's date) and cadence.</summary>
    public static TermReading Read(string? text, DateOnly issuedOn)
    {
        var normalized = VietnameseText.Normalize(text);
        var key = VietnameseText.SearchKey(normalized);
        if (key.Length == 0)
        {
            return TermReading.Nothing;
        }

        var (term, termMatch) = ReadTerm(key, issuedOn);
        var (cadence, cadenceMatch) = ReadCadence(key);
        return new TermReading(term, Phrase(normalized, key, termMatch), cadence, Phrase(normalized, key, cadenceMatch));
    }

    /// <summary>Reads the task's own text first; what it leaves unset is read from the document's context (the tasks' heading).</summary>
    public static TermReading Read(string? taskText, string? context, DateOnly issuedOn)
    {
        var own = Read(taskText, issuedOn);
        if (own.Term is not null && own.Cadence != ReportCadence.None)
        {
            return own;
        }

        var around = Read(context, issuedOn);
        return new TermReading(
            own.Term ?? around.Term, own.Term is null ? around.TermPhrase : own.TermPhrase,
            own.Cadence != ReportCadence.None ? own.Cadence : around.Cadence,
            own.Cadence != ReportCadence.None ? own.CadencePhrase : around.CadencePhrase);
    }

    private static (TaskTerm? Term, Match? Match) ReadTerm(string key, DateOnly issuedOn)
    {
        if (DateAfterBy().Match(key) is { Success: true } dated && Date(dated) is { } day && day >= issuedOn)
        {
            return (TaskTerm.By(issuedOn, day), dated);
        }

        if (Quarter().Match(key) is { Success: true } quarter)
        {
            var number = QuarterNumber(quarter.Groups["q"].Value);
            var year = Year(quarter.Groups["y"], issuedOn);
            var end = new DateOnly(year, number * 3, 1).AddMonths(1).AddDays(-1);
            if (end >= issuedOn)
            {
                return (TaskTerm.By(issuedOn, end), quarter);
            }
        }

        if (Month().Match(key) is { Success: true } month
            && int.Parse(month.Groups["m"].Value, CultureInfo.InvariantCulture) is var m and >= 1 and <= 12)
        {
            var year = Year(month.Groups["y"], issuedOn);
            var end = new DateOnly(year, m, 1).AddMonths(1).AddDays(-1);
            if (end >= issuedOn)
            {
                return (TaskTerm.By(issuedOn, end), month);
            }
        }

        if (YearEnd().Match(key) is { Success: true } yearEnd)
        {
            var year = Year(yearEnd.Groups["y"], issuedOn);
            if (year >= issuedOn.Year)
            {
                return (new TaskTerm(TermKind.YearEnd, issuedOn, new DateOnly(year, 12, 31)), yearEnd);
            }
        }

        return (null, null);
    }

    private static (ReportCadence Cadence, Match? Match) ReadCadence(string key)
    {
        if (MonthlyCadence().Match(key) is { Success: true } monthly)
        {
            return (ReportCadence.Monthly, monthly);
        }

        return QuarterlyCadence().Match(key) is { Success: true } quarterly ? (ReportCadence.Quarterly, quarterly) : (ReportCadence.None, null);
    }

    private static DateOnly? Date(Match match)
    {
        var day = int.Parse(match.Groups["d"].Value, CultureInfo.InvariantCulture);
        var month = int.Parse(match.Groups["m"].Value, CultureInfo.InvariantCulture);
        var year = int.Parse(match.Groups["y"].Value, CultureInfo.InvariantCulture);
        return month is >= 1 and <= 12 && year is >= 1900 and <= 9999 && day >= 1 && day <= DateTime.DaysInMonth(year, month)
            ? new DateOnly(year, month, day)
            : null;
    }

    private static int Year(Group group, DateOnly issuedOn) =>
        group.Success && int.TryParse(group.Value, NumberStyles.None, CultureInfo.InvariantCulture, out var year) && year is >= 1900 and <= 9999
            ? year
            : issuedOn.Year;

    private static int QuarterNumber(string text) => text switch
    {
        "i" or "1" => 1,
        "ii" or "2" => 2,
        "iii" or "3" => 3,
        _ => 4,
    };

    /// <summary>The words as the text writes them when folding kept one character for one (Vietnamese always does).</summary>
    private static string? Phrase(string normalized, string key, Match? match) =>
        match is null ? null
        : normalized.Length == key.Length ? normalized.Substring(match.Index, match.Length)
        : match.Value;

    [GeneratedRegex(@"\b(?:truoc|cham nhat(?: la| vao)?|han(?: cuoi)?(?: la)?|den)\s+ngay\s+(?<d>\d{1,2})\s*(?:/|-|\.|\s+thang\s+)(?<m>\d{1,2})\s*(?:/|-|\.|\s+nam\s+)(?<y>\d{4})\b", RegexOptions.CultureInvariant)]
    private static partial Regex DateAfterBy();

    [GeneratedRegex(@"\b(?:trong|truoc het|cuoi|het)\s+quy\s+(?<q>iv|iii|ii|i|[1-4])\b(?:\s*(?:/|nam)\s*(?<y>\d{4}))?", RegexOptions.CultureInvariant)]
    private static partial Regex Quarter();

    [GeneratedRegex(@"\b(?:trong|cuoi|het)\s+thang\s+(?<m>\d{1,2})\b(?:\s*(?:/|nam)\s*(?<y>\d{4}))?", RegexOptions.CultureInvariant)]
    private static partial Regex Month();

    [GeneratedRegex(@"\b(?:(?:\d{1,2}\s+thang\s+con\s+lai|thoi\s+gian\s+con\s+lai|nhung\s+thang\s+con\s+lai|\d{1,2}\s+thang\s+cuoi\s+nam|cuoi\s+nam)(?:\s+(?:cua\s+)?(?:nam\s+)?(?<y>\d{4}))?|trong\s+nam\s+(?<y>\d{4}))\b", RegexOptions.CultureInvariant)]
    private static partial Regex YearEnd();

    [GeneratedRegex(@"\b(?:hang|tung|moi)\s+thang\b", RegexOptions.CultureInvariant)]
    private static partial Regex MonthlyCadence();

    [GeneratedRegex(@"\b(?:hang|tung|moi)\s+quy\b", RegexOptions.CultureInvariant)]
    private static partial Regex QuarterlyCadence();
}
