namespace DangVu.Core.Documents;

/// <summary>
/// Type names as headings write them and type codes as symbols write them (domain.md "Document number and symbol"),
/// both keyed by their folded form.
/// </summary>
internal static class DocumentTypes
{
    /// <summary>Headings, longest first so "CHƯƠNG TRÌNH HÀNH ĐỘNG" wins over "CHƯƠNG TRÌNH".</summary>
    private static readonly (string Folded, string Squeezed, string Name)[] Headings = new (string Folded, string Name)[]
    {
        ("chuong trinh hanh dong", "Chương trình hành động"),
        ("huong dan lien tich", "Hướng dẫn liên tịch"),
        ("thong tu lien tich", "Thông tư liên tịch"),
        ("nghi quyet lien tich", "Nghị quyết liên tịch"),
        ("nghi quyet", "Nghị quyết"),
        ("quyet dinh", "Quyết định"),
        ("quy dinh", "Quy định"),
        ("chi thi", "Chỉ thị"),
        ("ket luan", "Kết luận"),
        ("quy che", "Quy chế"),
        ("thong bao", "Thông báo"),
        ("huong dan", "Hướng dẫn"),
        ("bao cao", "Báo cáo"),
        ("ke hoach", "Kế hoạch"),
        ("chuong trinh", "Chương trình"),
        ("to trinh", "Tờ trình"),
        ("de an", "Đề án"),
        ("phuong an", "Phương án"),
        ("bien ban", "Biên bản"),
        ("cong van", "Công văn"),
        ("thong tri", "Thông tri"),
        ("giay moi", "Giấy mời"),
        ("giay gioi thieu", "Giấy giới thiệu"),
        ("thong tu", "Thông tư"),
        ("nghi dinh", "Nghị định"),
        ("thong cao", "Thông cáo"),
        ("loi keu goi", "Lời kêu gọi"),
        ("dieu le", "Điều lệ"),
        ("cong dien", "Công điện"),
        ("phap lenh", "Pháp lệnh"),
        ("luat", "Luật"),
    }.OrderByDescending(heading => heading.Folded.Length)
        .Select(heading => (heading.Folded, heading.Folded.Replace(" ", string.Empty, StringComparison.Ordinal), heading.Name))
        .ToArray();

    private static readonly Dictionary<string, string> PartyCodes = new(StringComparer.Ordinal)
    {
        ["nq"] = "Nghị quyết",
        ["qd"] = "Quyết định",
        ["qdi"] = "Quy định",
        ["ct"] = "Chỉ thị",
        ["kl"] = "Kết luận",
        ["qc"] = "Quy chế",
        ["tb"] = "Thông báo",
        ["hd"] = "Hướng dẫn",
        ["bc"] = "Báo cáo",
        ["kh"] = "Kế hoạch",
        ["ctr"] = "Chương trình",
        ["ttr"] = "Tờ trình",
        ["da"] = "Đề án",
        ["pa"] = "Phương án",
        ["bb"] = "Biên bản",
        ["cv"] = "Công văn",
        ["tt"] = "Thông tri",
        ["gm"] = "Giấy mời",
        ["ggt"] = "Giấy giới thiệu",
        ["hdlt"] = "Hướng dẫn liên tịch",
        ["nqlt"] = "Nghị quyết liên tịch",
    };

    private static readonly Dictionary<string, string> StateCodes = new(StringComparer.Ordinal)
    {
        ["nd"] = "Nghị định",
        ["tt"] = "Thông tư",
        ["ttlt"] = "Thông tư liên tịch",
        ["qd"] = "Quyết định",
        ["nq"] = "Nghị quyết",
        ["ct"] = "Chỉ thị",
        ["kh"] = "Kế hoạch",
        ["tb"] = "Thông báo",
        ["bc"] = "Báo cáo",
        ["ttr"] = "Tờ trình",
        ["hd"] = "Hướng dẫn",
        ["cd"] = "Công điện",
        ["ctr"] = "Chương trình",
        ["da"] = "Đề án",
        ["pa"] = "Phương án",
        ["qc"] = "Quy chế",
        ["qdi"] = "Quy định",
        ["gm"] = "Giấy mời",
        ["bb"] = "Biên bản",
        ["pl"] = "Pháp lệnh",
    };

    /// <summary>
    /// The type a heading line names, and where the rest of the line (a title written on the same line) starts.
    /// Spaces are ignored as a fallback so that "K ẾT LUẬN" from a poor PDF still reads as a conclusion.
    /// </summary>
    public static bool TryHeading(ReadOnlySpan<char> folded, int start, int end, out string name, out int rest)
    {
        foreach (var (key, _, value) in Headings)
        {
            if (DocumentText.StartsWithWords(folded, start, end, key))
            {
                name = value;
                rest = start + key.Length;
                return true;
            }
        }

        Span<char> squeezed = stackalloc char[Math.Min(end - start, 64)];
        var length = 0;
        for (var index = start; index < end && length < squeezed.Length; index++)
        {
            if (folded[index] != ' ')
            {
                squeezed[length++] = folded[index];
            }
        }

        foreach (var (_, key, value) in Headings)
        {
            if (squeezed[..length].SequenceEqual(key))
            {
                name = value;
                rest = end;
                return true;
            }
        }

        name = string.Empty;
        rest = start;
        return false;
    }

    /// <summary>The type a code stands for ("TB" → "Thông báo"), or null.</summary>
    public static string? FromCode(string? code, bool state)
    {
        if (string.IsNullOrEmpty(code))
        {
            return null;
        }

        var key = Folding.Fold(code);
        return (state ? StateCodes : PartyCodes).GetValueOrDefault(key);
    }

    /// <summary>True when the code is a state type code (so "456/UBND-VX" is an agency and a unit, not a type).</summary>
    public static bool IsStateCode(string code) => StateCodes.ContainsKey(Folding.Fold(code));

    /// <summary>
    /// True when a heading's type and a code's type can be the same document (QĐ is both a decision and, in some
    /// years, a regulation; TT is a party "thông tri" and a state "thông tư").
    /// </summary>
    public static bool Agree(string heading, string? code, bool state)
    {
        var fromCode = FromCode(code, state);
        if (fromCode is null || fromCode == heading)
        {
            return true;
        }

        var key = Folding.Fold(code!);
        return (key == "qd" && heading is "Quy định" or "Quyết định")
            || (key == "tt" && heading is "Thông tri" or "Thông tư")
            || (key == "ctr" && heading == "Chương trình hành động")
            || (key == "hd" && heading == "Hướng dẫn liên tịch");
    }
}
