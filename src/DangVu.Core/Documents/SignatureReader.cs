using System.Text;

namespace DangVu.Core.Documents;

/// <summary>
/// The signature block: every signing authority line ("T/M BAN THƯỜNG VỤ", "K/T BÍ THƯ", "TM. CHÍNH PHỦ"), the
/// signer's title in capitals after it, notes such as "(đã ký)", and the signer's name — the last line written as a
/// name (in capitals only when it is not the only line after the authority).
/// </summary>
internal static class SignatureReader
{
    /// <summary>Reads the signature block's cells, in order.</summary>
    public static void Read(SourceText source, List<(int Start, int End)> cells, DocumentDraft draft)
    {
        var text = source.Text;
        var authorities = new List<string>();
        var afterAuthority = 0;
        for (var index = 0; index < cells.Count; index++)
        {
            var (start, end) = cells[index];
            if (IsAuthority(source, start, end))
            {
                authorities.Add(DocumentText.Collapse(text, start, end));
                afterAuthority = index + 1;
            }
        }

        if (authorities.Count > 0)
        {
            draft.SigningAuthority = string.Join(", ", authorities);
        }

        // The name: the last line written as a name in ordinary case; failing that the last in capitals, unless it is
        // the only line after the authority (then it is the title of an unsigned copy).
        var name = -1;
        for (var index = cells.Count - 1; index >= afterAuthority && name < 0; index--)
        {
            var (start, end) = cells[index];
            if (IsName(text, start, end) && !DocumentText.IsMostlyUpper(text, start, end))
            {
                name = index;
            }
        }

        for (var index = cells.Count - 1; index > afterAuthority && name < 0; index--)
        {
            var (start, end) = cells[index];
            if (IsName(text, start, end) && !IsNote(source, start, end))
            {
                name = index;
            }
        }

        if (name >= 0)
        {
            draft.SignerName = DocumentText.Collapse(text, cells[name].Start, cells[name].End);
        }

        var title = new StringBuilder();
        for (var index = afterAuthority; index < cells.Count && index != name; index++)
        {
            var (start, end) = cells[index];
            if (IsNote(source, start, end) || IsAuthority(source, start, end))
            {
                if (title.Length > 0)
                {
                    break;
                }

                continue;
            }

            if (!DocumentText.IsMostlyUpper(text, start, end) && title.Length > 0)
            {
                break;
            }

            DocumentText.AppendCollapsed(title, text.AsSpan(start, end - start));
        }

        if (title.Length > 0)
        {
            draft.SignerTitle = title.ToString();
        }
    }

    public static bool IsAuthority(SourceText source, int start, int end)
    {
        if (end - start < 3 || !char.IsUpper(source.Text[start]))
        {
            return false;
        }

        foreach (var match in DocumentPatterns.Authority().EnumerateMatches(source.Folded[start..end]))
        {
            return match.Index == 0 && match.Length < end - start;
        }

        return false;
    }

    /// <summary>"(đã ký và đóng dấu)", "[Đã ký]", "Ký tên, đóng dấu".</summary>
    public static bool IsNote(SourceText source, int start, int end)
    {
        if (source.Text[start] is '(' or '[')
        {
            return true;
        }

        var span = source.Folded.Slice(start, end - start);
        return span.Contains("da ky", StringComparison.Ordinal) || span.Contains("ky ten", StringComparison.Ordinal)
            || span.Contains("dong dau", StringComparison.Ordinal) || span.Contains("chu ky", StringComparison.Ordinal);
    }

    /// <summary>Two to seven words of letters, each starting with a capital: "Huỳnh Đa Trung".</summary>
    public static bool IsName(string text, int start, int end)
    {
        var words = 0;
        var index = start;
        while (index < end)
        {
            while (index < end && text[index] == ' ')
            {
                index++;
            }

            if (index >= end)
            {
                break;
            }

            if (!char.IsUpper(text[index]))
            {
                return false;
            }

            while (index < end && text[index] != ' ')
            {
                if (!char.IsLetter(text[index]) && text[index] != '.')
                {
                    return false;
                }

                index++;
            }

            words++;
        }

        return words is >= 2 and <= 7;
    }
}
