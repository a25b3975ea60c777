using System.Text.RegularExpressions;

namespace DangVu.Core.Documents;

/// <summary>
/// The patterns the readers match, compiled at build time. Patterns on the folded text (see <see cref="Folding"/>)
/// are plain lower-case ASCII words; patterns that need capitals (symbols, numbers) run on the composed text.
/// </summary>
internal static partial class DocumentPatterns
{
    private const RegexOptions Options = RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture;

    /// <summary>
    /// A header date at "ngày", folded: "ngay 22  thang 5\nnam 2008", "ngay 22/5/2008", and a draft's blank day
    /// ("ngay … thang 10 nam 2021", "ngay    /10/2021"). Anchored: <see cref="HeaderReader"/> finds "ngay" first, which is
    /// several times faster than letting the engine look for a start.
    /// </summary>
    [GeneratedRegex(
        @"\Gngay(?>[\s.…_]*)(?<d>[0-9]{1,2})?(?>[\s.…_]*)thang(?>[\s.…_]*)(?<m>[0-9]{1,2})?(?>[\s.…_]*)nam(?>[\s.…_]*)(?<y>[0-9]{4})(?![0-9])" +
        @"|\Gngay(?>[ \t.…_]*)(?<d>[0-9]{1,2})?(?>[ \t]*)(?<s>[/.\-])(?>[ \t]*)(?<m>[0-9]{1,2})(?>[ \t]*)\k<s>(?>[ \t]*)(?<y>[0-9]{4})(?![0-9])",
        Options)]
    public static partial Regex WrittenDate();

    /// <summary>A numeric header date after the place's comma: "22/5/2008", "22-5-2008", "22.5.2008". Anchored.</summary>
    [GeneratedRegex(@"\G(?<d>[0-9]{1,2})(?>[ \t]*)(?<s>[/.\-])(?>[ \t]*)(?<m>[0-9]{1,2})(?>[ \t]*)\k<s>(?>[ \t]*)(?<y>[0-9]{4})(?![0-9])", Options)]
    public static partial Regex NumericDate();

    /// <summary>
    /// A party symbol after "Số", folded: "so 509-tb/tu", "so: 16 -\nhd/btctw", "so 09 kh/du", "so      -kh/du",
    /// and the seed's state symbol in party order "so 14/2008-nd/cp".
    /// </summary>
    [GeneratedRegex(
        @"(?<![\p{L}0-9])so(?!\p{L})(?>[\s:.…_*]*)(?<serial>[0-9]{1,5})?(?:(?>\s*)/(?>\s*)(?<year>[0-9]{4}))?(?>\s*)(?<hyphen>[-–—])?(?>\s*)" +
        @"(?<type>\p{L}{1,6})(?>\s*)/(?>\s*)(?<issuer>\p{L}[\p{L}0-9]{0,11}(?:[ \t]?-[ \t]?\p{L}[\p{L}0-9]{0,11}){0,3})",
        Options)]
    public static partial Regex PartySymbol();

    /// <summary>A state symbol after "Số", folded: "so: 14/2008/nd-cp", "so 123/qd-ubnd", "so: 456/ubnd-vx".</summary>
    [GeneratedRegex(
        @"(?<![\p{L}0-9])so(?!\p{L})(?>[\s:.…_*]*)(?<serial>[0-9]{1,5})?(?>\s*)/(?>\s*)(?:(?<year>[0-9]{4})(?>\s*)/(?>\s*))?" +
        @"(?<type>\p{L}[\p{L}0-9]{0,7})(?>\s*)-(?>\s*)(?<issuer>\p{L}[\p{L}0-9]{0,11}(?:[ \t]?-[ \t]?\p{L}[\p{L}0-9]{0,11}){0,3})",
        Options)]
    public static partial Regex StateSymbol();

    /// <summary>The national titles of the right-hand header column, folded.</summary>
    [GeneratedRegex(
        @"dang(?>\s+)cong(?>\s+)san(?>\s+)viet(?>\s+)nam|cong(?>\s+)hoa(?>\s+)xa(?>\s+)hoi(?>\s+)chu(?>\s+)nghia(?>\s+)viet(?>\s+)nam|doc(?>\s+)lap(?>\s*)[-–—](?>\s*)tu(?>\s+)do(?>\s*)[-–—](?>\s*)hanh(?>\s+)phuc",
        Options)]
    public static partial Regex NationalTitle();

    /// <summary>
    /// A cited document in the composed text: party "10-CT/TW", state "14/2008/NĐ-CP", the seed's "14/2008-NĐ/CP",
    /// "123/QĐ-UBND", a law "52/2005/QH11", and "số 09 KH/ĐU" without its hyphen.
    /// </summary>
    [GeneratedRegex(
        @"(?<![\p{L}0-9/.\-–])(?:" +
        @"(?<serial>[0-9]{1,5})[ ]?/[ ]?(?<year>(?:19|20)[0-9]{2})[ ]?/[ ]?(?<type>\p{Lu}{1,5}[a-z]?)[ ]?-[ ]?(?<issuer>\p{Lu}[\p{Lu}0-9]{0,11}(?:-\p{Lu}[\p{Lu}0-9]{0,11}){0,3})" +
        @"|(?<serial>[0-9]{1,5})[ ]?/[ ]?(?<year>(?:19|20)[0-9]{2})[ ]?[-–][ ]?(?<type>\p{Lu}{1,5}[a-z]?)[ ]?/[ ]?(?<issuer>\p{Lu}[\p{Lu}0-9]{0,11}(?:-\p{Lu}[\p{Lu}0-9]{0,11}){0,3})" +
        @"|(?<serial>[0-9]{1,5})[ ]?/[ ]?(?<year>(?:19|20)[0-9]{2})[ ]?/[ ]?(?<issuer>(?:UBTV)?QH[0-9]{1,2})" +
        @"|(?<serial>[0-9]{1,5})[ ]?/[ ]?(?<type>\p{Lu}{1,5}[a-z]?)[ ]?-[ ]?(?<issuer>\p{Lu}[\p{Lu}0-9]{0,11}(?:-\p{Lu}[\p{Lu}0-9]{0,11}){0,3})" +
        @"|(?<serial>[0-9]{1,5})[ ]?[-–][ ]?(?<type>\p{Lu}{1,5}[a-z]?)[ ]?/[ ]?(?<issuer>\p{Lu}[\p{Lu}0-9]{0,11}(?:-\p{Lu}[\p{Lu}0-9]{0,11}){0,3})" +
        @"|(?<=(?<![\p{L}])[Ss][ốỐ][ ])(?<serial>[0-9]{1,5})[ ](?<type>\p{Lu}{1,5}[a-z]?)/(?<issuer>\p{Lu}[\p{Lu}0-9]{0,11}(?:-\p{Lu}[\p{Lu}0-9]{0,11}){0,3})" +
        @")(?![\p{L}0-9])",
        Options)]
    public static partial Regex Reference();

    /// <summary>A date right after a cited symbol: ", ngày 30/3/2007", "(30-3-2007)", "ngày 30 tháng 3 năm 2007".</summary>
    [GeneratedRegex(
        @"\G(?>[ \t]*)[,(]?(?>\s*)(?:ban(?>\s+)hành(?>\s+))?(?:ng[àa]y(?>\s*))?" +
        @"(?:(?<d>[0-9]{1,2})(?>\s*)[/.\-](?>\s*)(?<m>[0-9]{1,2})(?>\s*)[/.\-](?>\s*)(?<y>[0-9]{4})|(?<d>[0-9]{1,2})(?>\s+)th[áa]ng(?>\s+)(?<m>[0-9]{1,2})(?>\s+)n[ăa]m(?>\s+)(?<y>[0-9]{4}))\)?",
        Options | RegexOptions.IgnoreCase)]
    public static partial Regex ReferenceDate();

    /// <summary>"của" introducing the issuer of a cited document.</summary>
    [GeneratedRegex(@"\G(?>[ \t]*)[,)]?(?>\s*)(?:của|cua)(?>\s+)", Options | RegexOptions.IgnoreCase)]
    public static partial Regex ReferenceIssuer();

    /// <summary>A task number at the start of a paragraph: "1- ", "2. ", "3) ", "4/ ", not "1.1", "22/5" or "20-KH/TU".</summary>
    [GeneratedRegex(@"\G(?<n>[0-9]{1,2})(?>[ \t]*)(?:[-–—)]|[./](?![0-9]))(?>[ \t]*)(?!\p{Lu}{1,6}/)", Options)]
    public static partial Regex TaskNumber();

    /// <summary>A signing authority at the start of a cell, folded: "t/m ", "t/l ", "k/t ", "tm. ", "kt. ", "thay mat ".</summary>
    [GeneratedRegex(
        @"\G(?:t\s?/\s?m|t\s?/\s?l|k\s?/\s?t|t\.?m|t\.?l|k\.?t|tuq|thay\s+mat|thua\s+lenh|ky\s+thay|thua\s+uy\s+quyen)(?:\.(?>[ \t]*)|(?>[ \t]+))(?=\p{L})",
        Options)]
    public static partial Regex Authority();
}
