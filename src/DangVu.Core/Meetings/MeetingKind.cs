using DangVu.Core.Rules;

namespace DangVu.Core.Meetings;

/// <summary>What a cell meeting is (glossary: sinh hoạt chi bộ thường kỳ / chuyên đề).</summary>
public enum MeetingKind
{
    /// <summary>Sinh hoạt thường kỳ: the monthly meeting.</summary>
    Regular = 1,

    /// <summary>Sinh hoạt chuyên đề, in a session of its own.</summary>
    Thematic = 2,

    /// <summary>The month's regular meeting and a thematic session in one sitting (the longer minimum applies).</summary>
    Combined = 3,
}

/// <summary>What each kind counts for, and its Vietnamese name.</summary>
public static class MeetingKinds
{
    /// <summary>Every kind, in the order forms list them.</summary>
    public static IReadOnlyList<MeetingKind> All { get; } = [MeetingKind.Regular, MeetingKind.Thematic, MeetingKind.Combined];

    /// <summary>Whether a meeting of this kind is the month's regular meeting.</summary>
    public static bool CountsAsRegular(MeetingKind kind) => kind is MeetingKind.Regular or MeetingKind.Combined;

    /// <summary>Whether a meeting of this kind is a thematic meeting.</summary>
    public static bool CountsAsThematic(MeetingKind kind) => kind is MeetingKind.Thematic or MeetingKind.Combined;

    /// <summary>The shortest a meeting of this kind may last under <paramref name="duration"/>; null where no rule sets one.</summary>
    public static int? MinimumMinutes(MeetingKind kind, MeetingDuration? duration) =>
        duration is null ? null : kind == MeetingKind.Combined ? duration.WithThematicMinutes : duration.RegularMinutes;

    /// <summary>The Vietnamese name.</summary>
    public static string Title(MeetingKind kind) => kind switch
    {
        MeetingKind.Regular => "Sinh hoạt thường kỳ",
        MeetingKind.Thematic => "Sinh hoạt chuyên đề",
        _ => "Thường kỳ kết hợp chuyên đề",
    };
}
