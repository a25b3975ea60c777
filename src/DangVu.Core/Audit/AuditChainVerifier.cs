namespace DangVu.Core.Audit;

/// <summary>What broke the chain, and where.</summary>
public enum AuditBreakKind
{
    /// <summary>The entry's fields no longer match its hash.</summary>
    Changed,

    /// <summary>An entry stands where none was chained (its predecessor link is wrong, or its number repeats).</summary>
    Inserted,

    /// <summary>Entries are missing before this one, or at the end of the log.</summary>
    Deleted,
}

/// <summary>The first place where the audit log differs from what was written.</summary>
/// <param name="Kind">What happened.</param>
/// <param name="Sequence">The entry where it shows.</param>
/// <param name="Message">A one-line explanation in Vietnamese.</param>
public sealed record AuditBreak(AuditBreakKind Kind, long Sequence, string Message);

/// <summary>
/// Walks the log in sequence order and stops at the first break. The log's head (count and last hash,
/// kept apart from the entries) catches entries deleted from the end.
/// </summary>
public sealed class AuditChainVerifier
{
    private long _lastSequence;
    private string _lastHash = AuditChain.Genesis;

    /// <summary>How many entries were checked.</summary>
    public long Checked { get; private set; }

    /// <summary>Checks the next entry; returns the break it shows, if any.</summary>
    public AuditBreak? Next(AuditRecord record, string storedHash)
    {
        Checked++;
        if (record.Sequence <= _lastSequence)
        {
            return new(AuditBreakKind.Inserted, record.Sequence,
                $"Mục số {record.Sequence} trùng hoặc lùi số thứ tự sau mục {_lastSequence}: có mục bị chèn thêm.");
        }

        if (record.Sequence != _lastSequence + 1)
        {
            return new(AuditBreakKind.Deleted, record.Sequence,
                $"Thiếu các mục từ {_lastSequence + 1} đến {record.Sequence - 1}: có mục bị xoá.");
        }

        if (!string.Equals(AuditChain.Hash(record), storedHash, StringComparison.Ordinal))
        {
            return new(AuditBreakKind.Changed, record.Sequence,
                $"Mục số {record.Sequence} đã bị sửa: nội dung không khớp mã băm.");
        }

        if (!string.Equals(record.PreviousHash, _lastHash, StringComparison.Ordinal))
        {
            return new(AuditBreakKind.Inserted, record.Sequence,
                $"Mục số {record.Sequence} không nối tiếp mục {_lastSequence}: có mục bị chèn hoặc thay thế.");
        }

        _lastSequence = record.Sequence;
        _lastHash = storedHash;
        return null;
    }

    /// <summary>Compares the end of the walk with the log's head; returns the break it shows, if any.</summary>
    public AuditBreak? Finish(long headSequence, string headHash)
    {
        if (headSequence > _lastSequence)
        {
            return new(AuditBreakKind.Deleted, _lastSequence + 1,
                $"Thiếu các mục từ {_lastSequence + 1} đến {headSequence} ở cuối nhật ký: có mục bị xoá.");
        }

        if (headSequence == _lastSequence && !string.Equals(headHash, _lastHash, StringComparison.Ordinal))
        {
            return new(AuditBreakKind.Changed, headSequence,
                $"Mục cuối (số {headSequence}) không phải mục đã ghi nhận: nó đã bị thay thế.");
        }

        if (headSequence < _lastSequence)
        {
            return new(AuditBreakKind.Inserted, headSequence + 1,
                $"Nhật ký có mục sau mục cuối đã ghi nhận ({headSequence}): có mục bị chèn thêm.");
        }

        return null;
    }
}
