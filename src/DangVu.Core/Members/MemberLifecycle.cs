namespace DangVu.Core.Members;

/// <summary>Status on any date follows from the dated events; nothing is typed by hand.</summary>
public static class MemberLifecycle
{
    /// <summary>The status on <paramref name="date"/> after applying every event dated on or before it, in date order.</summary>
    public static MemberStatus StatusOn(IEnumerable<MemberEvent> events, DateOnly date)
    {
        var status = MemberStatus.NotAdmitted;
        var standing = MemberStatus.NotAdmitted; // probationary or official, under any temporary state
        foreach (var memberEvent in events.Where(e => e.On <= date).OrderBy(e => e.On).ThenBy(e => e.Kind))
        {
            (status, standing) = Apply(status, standing, memberEvent.Kind);
        }

        return status;
    }

    /// <summary>
    /// Why a whole history is impossible (Vietnamese, from <see cref="Refuse"/>), replaying the events in the order
    /// <see cref="StatusOn"/> applies them; null when every event may follow the one before. Used when a date in a
    /// file is corrected after the fact.
    /// </summary>
    public static string? RefuseHistory(IEnumerable<MemberEvent> events)
    {
        var status = MemberStatus.NotAdmitted;
        var standing = MemberStatus.NotAdmitted;
        foreach (var memberEvent in events.OrderBy(e => e.On).ThenBy(e => e.Kind))
        {
            if (Refuse(status, memberEvent.Kind) is { } refusal)
            {
                return refusal;
            }

            (status, standing) = Apply(status, standing, memberEvent.Kind);
        }

        return null;
    }

    /// <summary>Why an event cannot follow the current status, in Vietnamese; null when it can.</summary>
    public static string? Refuse(MemberStatus current, MemberEventKind next) => (current, next) switch
    {
        (MemberStatus.NotAdmitted, MemberEventKind.Admitted or MemberEventKind.PermanentTransferIn) => null,
        (MemberStatus.NotAdmitted, _) => "Người này chưa là đảng viên vào ngày đó.",
        (MemberStatus.Removed or MemberStatus.Expelled or MemberStatus.Deceased, _) => "Hồ sơ đã khép lại (xoá tên, khai trừ hoặc từ trần).",
        (MemberStatus.TransferredOut, MemberEventKind.PermanentTransferIn) => null,
        (MemberStatus.TransferredOut, _) => "Đảng viên đã chuyển sinh hoạt chính thức đi nơi khác.",
        (_, MemberEventKind.Admitted) => "Người này đã là đảng viên.",
        (MemberStatus.Probationary, MemberEventKind.RecognizedOfficial) => null,
        (_, MemberEventKind.RecognizedOfficial) => "Chỉ đảng viên dự bị mới được công nhận chính thức.",
        (MemberStatus.TemporarilyAway, MemberEventKind.TemporaryTransferReturn) => null,
        (_, MemberEventKind.TemporaryTransferReturn) => "Đảng viên không đang sinh hoạt tạm thời nơi khác.",
        (MemberStatus.TemporarilyAway, MemberEventKind.TemporaryTransferOut) => "Đảng viên đang sinh hoạt tạm thời nơi khác.",
        (MemberStatus.Exempted, MemberEventKind.ExemptionEnded) => null,
        (_, MemberEventKind.ExemptionEnded) => "Đảng viên không đang được miễn sinh hoạt.",
        (MemberStatus.Exempted, MemberEventKind.Exempted) => "Đảng viên đã được miễn sinh hoạt.",
        (_, MemberEventKind.PermanentTransferIn) => "Đảng viên đang sinh hoạt trong đảng bộ.",
        (MemberStatus.TemporarilyAway, MemberEventKind.Reassigned) => "Đảng viên đang sinh hoạt tạm thời nơi khác.",
        _ => null,
    };

    private static (MemberStatus Status, MemberStatus Standing) Apply(MemberStatus status, MemberStatus standing, MemberEventKind kind) => kind switch
    {
        MemberEventKind.Admitted => (MemberStatus.Probationary, MemberStatus.Probationary),
        MemberEventKind.RecognizedOfficial => (status is MemberStatus.Probationary ? MemberStatus.Official : status, MemberStatus.Official),
        MemberEventKind.PermanentTransferIn => (standing is MemberStatus.NotAdmitted ? MemberStatus.Official : standing,
            standing is MemberStatus.NotAdmitted ? MemberStatus.Official : standing),
        MemberEventKind.TemporaryTransferOut => (MemberStatus.TemporarilyAway, standing),
        MemberEventKind.Exempted => (MemberStatus.Exempted, standing),
        MemberEventKind.TemporaryTransferReturn or MemberEventKind.ExemptionEnded => (standing, standing),
        MemberEventKind.PermanentTransferOut => (MemberStatus.TransferredOut, standing),
        MemberEventKind.Removed => (MemberStatus.Removed, standing),
        MemberEventKind.Expelled => (MemberStatus.Expelled, standing),
        MemberEventKind.Died => (MemberStatus.Deceased, standing),
        _ => (status, standing),
    };
}
