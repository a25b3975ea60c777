namespace DangVu.Core.DocumentWriting;

/// <summary>What a body paragraph is, which decides how the party format sets it.</summary>
public enum BodyParagraphRole
{
    /// <summary>Ordinary text: justified, first line indented.</summary>
    Plain = 0,

    /// <summary>A section opened by a Roman numeral ("I- Đánh giá tình hình …"): bold.</summary>
    Section = 1,

    /// <summary>A numbered task or item ("1- Tiếp tục …"): indented like ordinary text, its number kept.</summary>
    Item = 2,

    /// <summary>"Kính gửi: …" of an official letter: set apart from the text.</summary>
    Salutation = 3,
}
