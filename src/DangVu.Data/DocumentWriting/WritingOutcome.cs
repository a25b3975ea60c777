namespace DangVu.Data.DocumentWriting;

/// <summary>Why a save or an issue did not happen.</summary>
public enum WritingRefusal
{
    NotFound = 1,

    /// <summary>The document changed since the caller read it (its version moved on).</summary>
    Conflict = 2,

    /// <summary>An issued document is fixed; it cannot be changed or issued again.</summary>
    AlreadyIssued = 3,

    /// <summary>Too many requests took numbers at the same moment; nothing was issued, the caller may try again.</summary>
    Busy = 4,
}

/// <summary>The document after a save or an issue, or the refusal with its Vietnamese message.</summary>
public sealed record WritingOutcome(WrittenDocument? Document, WritingRefusal? Refusal, string? Message)
{
    public static WritingOutcome Done(WrittenDocument document) => new(document, null, null);

    public static WritingOutcome Refused(WritingRefusal refusal, WrittenDocument? document = null) => new(document, refusal, refusal switch
    {
        WritingRefusal.NotFound => "Không tìm thấy văn bản.",
        WritingRefusal.Conflict => "Văn bản vừa được người khác sửa hoặc phát hành: hãy mở lại để xem bản mới nhất.",
        WritingRefusal.AlreadyIssued => $"Văn bản đã phát hành (số {document?.NumberSymbol}): không sửa hay phát hành lại được.",
        WritingRefusal.Busy => "Đang có nhiều văn bản được phát hành cùng lúc: hãy thử lại sau giây lát.",
        _ => throw new ArgumentOutOfRangeException(nameof(refusal), refusal, "Unknown refusal."),
    });
}
