using System.Globalization;
using DangVu.Core.Text;

namespace DangVu.Core.DocumentWriting;

/// <summary>
/// Turns what the form sends into a <see cref="ComposedDocument"/>, or refuses it field by field in Vietnamese.
/// Everything is normalised (NFC, one tone placement); the format's capitals are applied here (issuer, authority,
/// title of the signer), so the layout prints what the document holds and the parser reads the same back.
/// </summary>
public static class DocumentComposer
{
    private static readonly char[] Bullets = ['-', '+', '•', '–', '—', '*'];
    private static readonly char[] ClosingPunctuation = [',', ';', '.'];

    /// <summary>The document, or the errors; <paramref name="serial"/> is null for a draft.</summary>
    public static (ComposedDocument? Document, IReadOnlyList<CompositionError> Errors) Compose(DocumentInput input, int? serial = null)
    {
        ArgumentNullException.ThrowIfNull(input);
        var errors = new List<CompositionError>();
        void Refuse(string field, string message) => errors.Add(new CompositionError(field, message));

        var kind = DocumentKinds.Find(input.TypeCode);
        if (kind is null)
        {
            Refuse(nameof(input.TypeCode), "Hãy chọn loại văn bản.");
        }

        var issuer = Required(input.Issuer, nameof(input.Issuer), "cơ quan ban hành", DocumentLimits.Issuer, errors, IssuerDefaults.Capitals);
        var parents = DocumentBody.Lines(input.IssuerParents).Select(IssuerDefaults.Capitals).ToList();
        if (parents.Count > DocumentLimits.IssuerParents)
        {
            Refuse(nameof(input.IssuerParents), $"Chỉ ghi tối đa {DocumentLimits.IssuerParents} cơ quan cấp trên, mỗi cơ quan một dòng.");
        }
        else if (parents.FirstOrDefault(parent => parent.Length > DocumentLimits.Issuer) is { } longParent)
        {
            Refuse(nameof(input.IssuerParents), TooLong("Tên cơ quan cấp trên", DocumentLimits.Issuer, longParent.Length));
        }

        var issuerCode = IssuerCode(input.IssuerCode, errors);
        var place = Required(input.Place, nameof(input.Place), "địa danh", DocumentLimits.Place, errors, text => text);
        var date = Date(input.Date, errors);
        var title = Title(input.Title, errors);
        var body = Body(input.Body, kind, errors);
        var recipients = Recipients(input.Recipients, errors);
        var signature = Signature(input, errors);

        if (errors.Count > 0)
        {
            return (null, errors);
        }

        return (new ComposedDocument
        {
            Kind = kind!,
            Issuer = issuer!,
            IssuerParents = parents,
            IssuerCode = issuerCode!,
            Serial = serial,
            Place = place!,
            Date = date!.Value,
            Title = title!,
            Body = body,
            Recipients = recipients,
            Signature = signature!,
        }, errors);
    }

    /// <summary>
    /// A title goes on from the type name ("THÔNG BÁO" / "kết luận của …"), so its first letter is small unless the
    /// first word is an abbreviation or in capitals ("HĐND …", "Ý KIẾN KẾT LUẬN …"). A letter's "V/v" is the layout's.
    /// </summary>
    public static string TitleText(string? text)
    {
        var title = VietnameseText.Normalize(text);
        foreach (var prefix in new[] { "V/v:", "V/v", "Về việc:", "Về việc " })
        {
            if (title.StartsWith(prefix, StringComparison.OrdinalIgnoreCase) && title.Length > prefix.Length)
            {
                title = title[prefix.Length..].TrimStart(' ', ':');
                break;
            }
        }

        return StartsAsSentence(title) ? char.ToLower(title[0], VietnameseText.Culture) + title[1..] : title;
    }

    /// <summary>
    /// True when the title opens with a capital that only starts a sentence: the first word has small letters ("Kết
    /// quả …"), or it is one letter and the next word is small ("Ý kiến …"); not "HĐND …", not "Ý KIẾN …".
    /// </summary>
    private static bool StartsAsSentence(string title)
    {
        if (title.Length < 2 || !char.IsUpper(title[0]))
        {
            return false;
        }

        var space = title.IndexOf(' ', StringComparison.Ordinal);
        var firstWord = space < 0 ? title : title[..space];
        if (firstWord.Length > 1)
        {
            return firstWord.Skip(1).Any(char.IsLower);
        }

        return space > 0 && space + 1 < title.Length && char.IsLower(title[space + 1]);
    }

    private static string? Required(string? text, string field, string label, int limit, List<CompositionError> errors, Func<string, string> shape)
    {
        var value = VietnameseText.Normalize(text);
        if (value.Length == 0)
        {
            errors.Add(new CompositionError(field, $"Hãy nhập {label}."));
            return null;
        }

        if (value.Length > limit)
        {
            errors.Add(new CompositionError(field, TooLong(Capitalized(label), limit, value.Length)));
            return null;
        }

        return shape(value);
    }

    private static string? IssuerCode(string? text, List<CompositionError> errors)
    {
        var code = VietnameseText.Normalize(text).Replace(" ", string.Empty, StringComparison.Ordinal).ToUpper(VietnameseText.Culture);
        if (code.Length == 0)
        {
            errors.Add(new CompositionError(nameof(DocumentInput.IssuerCode), "Hãy nhập ký hiệu cơ quan ban hành (như TU, ĐU, CB)."));
            return null;
        }

        if (code.Length > DocumentLimits.IssuerCode || !code.All(char.IsLetter))
        {
            errors.Add(new CompositionError(nameof(DocumentInput.IssuerCode),
                $"Ký hiệu cơ quan ban hành chỉ gồm chữ cái, tối đa {DocumentLimits.IssuerCode} chữ (như TU, ĐU, CB)."));
            return null;
        }

        return code;
    }

    private static DateOnly? Date(string? text, List<CompositionError> errors)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            errors.Add(new CompositionError(nameof(DocumentInput.Date), "Hãy nhập ngày ban hành (ngày/tháng/năm)."));
            return null;
        }

        if (!VietnameseDates.TryParse(text, out var date))
        {
            errors.Add(new CompositionError(nameof(DocumentInput.Date), $"Không đọc được ngày “{text.Trim()}”: hãy viết ngày/tháng/năm, ví dụ 22/05/2008."));
            return null;
        }

        if (date < DocumentLimits.EarliestDate)
        {
            errors.Add(new CompositionError(nameof(DocumentInput.Date),
                $"Ngày ban hành không thể trước ngày thành lập Đảng ({VietnameseDates.Numeric(DocumentLimits.EarliestDate)})."));
            return null;
        }

        return date;
    }

    private static string? Title(string? text, List<CompositionError> errors)
    {
        var title = TitleText(text);
        if (title.Length == 0)
        {
            errors.Add(new CompositionError(nameof(DocumentInput.Title), "Văn bản phải có trích yếu (tiêu đề)."));
            return null;
        }

        if (title.Length > DocumentLimits.Title)
        {
            errors.Add(new CompositionError(nameof(DocumentInput.Title), TooLong("Trích yếu", DocumentLimits.Title, title.Length)));
            return null;
        }

        return title;
    }

    private static IReadOnlyList<BodyParagraph> Body(string? text, DocumentKind? kind, List<CompositionError> errors)
    {
        if ((text?.Length ?? 0) > DocumentLimits.Body)
        {
            errors.Add(new CompositionError(nameof(DocumentInput.Body), TooLong("Nội dung", DocumentLimits.Body, text!.Length)));
            return [];
        }

        var body = DocumentBody.Split(text);
        if (body.Count == 0)
        {
            errors.Add(new CompositionError(nameof(DocumentInput.Body), "Hãy nhập nội dung văn bản."));
        }
        else if (kind?.IsLetter == true && body[0].Role != BodyParagraphRole.Salutation)
        {
            errors.Add(new CompositionError(nameof(DocumentInput.Body), "Công văn mở đầu bằng dòng “Kính gửi: …” (nơi nhận chính)."));
        }

        return body;
    }

    private static List<string> Recipients(string? text, List<CompositionError> errors)
    {
        var recipients = DocumentBody.Lines(text)
            .Select(line => line.TrimStart(Bullets).TrimEnd(ClosingPunctuation).Trim())
            .Where(line => line.Length > 0)
            .ToList();
        if (recipients.Count == 0)
        {
            errors.Add(new CompositionError(nameof(DocumentInput.Recipients), "Hãy ghi ít nhất một nơi nhận, mỗi nơi một dòng."));
        }
        else if (recipients.Count > DocumentLimits.Recipients)
        {
            errors.Add(new CompositionError(nameof(DocumentInput.Recipients), $"Nhiều nhất {DocumentLimits.Recipients} nơi nhận (hiện có {recipients.Count})."));
        }
        else if (recipients.FirstOrDefault(line => line.Length > DocumentLimits.Recipient) is { } longLine)
        {
            errors.Add(new CompositionError(nameof(DocumentInput.Recipients), TooLong("Mỗi nơi nhận", DocumentLimits.Recipient, longLine.Length)));
        }

        return recipients;
    }

    private static Signature? Signature(DocumentInput input, List<CompositionError> errors)
    {
        if (input.SigningKind is not { } kind || !Enum.IsDefined(kind))
        {
            errors.Add(new CompositionError(nameof(input.SigningKind), "Hãy chọn thẩm quyền ký (T/M, T/L hoặc K/T)."));
        }

        var body = Required(WithoutAuthority(input.SigningBody), nameof(input.SigningBody), "tập thể hoặc chức danh sau T/M, T/L, K/T",
            DocumentLimits.SigningBody, errors, IssuerDefaults.Capitals);
        string? collective = null;
        if (input.SigningKind == SigningAuthorityKind.Deputy && !string.IsNullOrWhiteSpace(input.SigningCollective))
        {
            collective = Required(WithoutAuthority(input.SigningCollective), nameof(input.SigningCollective), "tập thể", DocumentLimits.SigningBody,
                errors, IssuerDefaults.Capitals);
        }

        var title = Required(input.SignerTitle, nameof(input.SignerTitle), "chức vụ người ký", DocumentLimits.SignerTitle, errors, IssuerDefaults.Capitals);
        var name = Required(input.SignerName, nameof(input.SignerName), "họ tên người ký", DocumentLimits.SignerName, errors, text => text);
        return input.SigningKind is { } signing && body is not null && title is not null && name is not null
            ? new Signature(signing, body, collective, title, name)
            : null;
    }

    /// <summary>"T/M BAN THƯỜNG VỤ" typed whole is taken as "BAN THƯỜNG VỤ": the kind is chosen apart.</summary>
    private static string WithoutAuthority(string? text)
    {
        var value = VietnameseText.Normalize(text);
        foreach (var prefix in new[] { "T/M", "T/L", "K/T" })
        {
            if (value.StartsWith(prefix + " ", StringComparison.OrdinalIgnoreCase))
            {
                return value[(prefix.Length + 1)..];
            }
        }

        return value;
    }

    private static string TooLong(string label, int limit, int length) =>
        string.Create(CultureInfo.InvariantCulture, $"{label} dài quá {limit} ký tự (hiện có {length}).");

    private static string Capitalized(string label) => char.ToUpper(label[0], VietnameseText.Culture) + label[1..];
}
