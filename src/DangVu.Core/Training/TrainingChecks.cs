using DangVu.Core.Members;
using DangVu.Core.Text;

namespace DangVu.Core.Training;

/// <summary>
/// What a class, an enrolment, an attendance sheet, a result or a certificate must satisfy. Pure: every check returns
/// Vietnamese refusals (empty when accepted) and the caller writes nothing when there is one.
/// </summary>
public static class TrainingChecks
{
    /// <summary>Refusals of a new class (name, topic of a study, dates, sessions within the dates).</summary>
    public static IReadOnlyList<string> Plan(ClassPlan plan)
    {
        var refusals = new List<string>();
        if (!Enum.IsDefined(plan.Kind))
        {
            refusals.Add("Hãy chọn loại lớp.");
        }

        var name = VietnameseText.Normalize(plan.Name);
        if (name.Length == 0)
        {
            refusals.Add("Tên lớp không được để trống.");
        }
        else if (name.Length > TrainingLimits.Name)
        {
            refusals.Add($"Tên lớp dài quá {TrainingLimits.Name} ký tự.");
        }

        var topic = VietnameseText.Normalize(plan.Topic);
        if (TrainingKinds.NeedsTopic(plan.Kind) && topic.Length == 0)
        {
            refusals.Add("Lớp học tập nghị quyết phải ghi tên nghị quyết được học tập.");
        }
        else if (topic.Length > TrainingLimits.Topic)
        {
            refusals.Add($"Tên nghị quyết, chủ đề dài quá {TrainingLimits.Topic} ký tự.");
        }

        if (plan.EndsOn < plan.StartsOn)
        {
            refusals.Add($"Ngày kết thúc ({VietnameseDates.Numeric(plan.EndsOn)}) sớm hơn ngày khai giảng ({VietnameseDates.Numeric(plan.StartsOn)}).");
        }

        if (plan.Sessions.Count > TrainingLimits.MaxSessions)
        {
            refusals.Add($"Một lớp có nhiều nhất {TrainingLimits.MaxSessions} buổi học.");
        }

        foreach (var session in plan.Sessions)
        {
            refusals.AddRange(Session(plan.StartsOn, plan.EndsOn, session));
        }

        return refusals;
    }

    /// <summary>Refusals of a session of a class running from <paramref name="startsOn"/> to <paramref name="endsOn"/>.</summary>
    public static IReadOnlyList<string> Session(DateOnly startsOn, DateOnly endsOn, SessionPlan session)
    {
        var refusals = new List<string>();
        var title = VietnameseText.Normalize(session.Title);
        if (title.Length == 0)
        {
            refusals.Add($"Buổi học ngày {VietnameseDates.Numeric(session.On)} chưa có nội dung.");
        }
        else if (title.Length > TrainingLimits.SessionTitle)
        {
            refusals.Add($"Nội dung buổi học dài quá {TrainingLimits.SessionTitle} ký tự.");
        }

        if (session.On < startsOn || session.On > endsOn)
        {
            refusals.Add($"Buổi học ngày {VietnameseDates.Numeric(session.On)} nằm ngoài thời gian của lớp (từ {VietnameseDates.Numeric(startsOn)} đến {VietnameseDates.Numeric(endsOn)}).");
        }

        return refusals;
    }

    /// <summary>
    /// Why a member cannot be enrolled: outside the organizer's subtree, not on the rolls on the class's first day,
    /// or not probationary for the new-member class; null when they can.
    /// </summary>
    public static string? EnrolMember(TrainingKind kind, string name, bool withinOrganizer, string organizerName, MemberStatus statusOnStart, DateOnly startsOn)
    {
        if (TrainingKinds.EnrolsCandidates(kind))
        {
            return $"{name} đã là đảng viên: lớp bồi dưỡng nhận thức về Đảng dành cho quần chúng ưu tú.";
        }

        if (!withinOrganizer)
        {
            return $"{name} không sinh hoạt trong {organizerName}, tổ chức mở lớp: chỉ ghi danh đảng viên thuộc tổ chức đó.";
        }

        if (statusOnStart is not (MemberStatus.Probationary or MemberStatus.Official or MemberStatus.TemporarilyAway or MemberStatus.Exempted))
        {
            return $"{name} không có tên trong danh sách đảng viên vào ngày khai giảng {VietnameseDates.Numeric(startsOn)}.";
        }

        return kind == TrainingKind.NewMemberTheory && statusOnStart != MemberStatus.Probationary
            ? $"{name} không phải đảng viên dự bị vào ngày khai giảng {VietnameseDates.Numeric(startsOn)}: lớp lý luận chính trị cho đảng viên mới dành cho đảng viên dự bị."
            : null;
    }

    /// <summary>Why a candidate (an open admission case) cannot be enrolled; null when they can.</summary>
    public static string? EnrolCandidate(TrainingKind kind, string name, bool withinOrganizer, string organizerName, bool stillCandidate)
    {
        if (!TrainingKinds.EnrolsCandidates(kind))
        {
            return $"{name} chưa là đảng viên: chỉ lớp bồi dưỡng nhận thức về Đảng ghi danh quần chúng ưu tú.";
        }

        if (!withinOrganizer)
        {
            return $"{name} thuộc một chi bộ ngoài {organizerName}, tổ chức mở lớp: chỉ ghi danh quần chúng của tổ chức đó.";
        }

        return stillCandidate ? null : $"Hồ sơ của {name} không còn ở giai đoạn quần chúng ưu tú.";
    }

    /// <summary>Why attendance cannot be taken for a session dated <paramref name="sessionOn"/> (in the future); null when it can.</summary>
    public static string? Attendance(DateOnly sessionOn, DateOnly today) =>
        sessionOn > today ? $"Buổi học ngày {VietnameseDates.Numeric(sessionOn)} chưa diễn ra: chưa điểm danh được." : null;

    /// <summary>Why a result cannot be recorded yet (the class has not ended); null when it can.</summary>
    public static string? Result(DateOnly endsOn, DateOnly today) =>
        endsOn > today ? $"Lớp kết thúc ngày {VietnameseDates.Numeric(endsOn)}: chưa ghi được kết quả trước ngày đó." : null;

    /// <summary>
    /// Why a certificate cannot be issued: the class had not ended on the issue date, the date is in the future, the
    /// person did not pass, or the number is missing or too long; empty when it can.
    /// </summary>
    public static IReadOnlyList<string> Certificate(string name, TrainingResult result, string? number, DateOnly issuedOn, DateOnly endsOn, DateOnly today)
    {
        var refusals = new List<string>();
        if (issuedOn < endsOn)
        {
            refusals.Add($"Giấy chứng nhận của {name} ghi ngày {VietnameseDates.Numeric(issuedOn)}, trước khi lớp kết thúc ({VietnameseDates.Numeric(endsOn)}): chỉ cấp khi lớp đã kết thúc.");
        }

        if (issuedOn > today)
        {
            refusals.Add($"Ngày cấp giấy chứng nhận của {name} ({VietnameseDates.Numeric(issuedOn)}) ở tương lai.");
        }

        if (result != TrainingResult.Passed)
        {
            refusals.Add($"{name} chưa có kết quả “{TrainingResults.Title(TrainingResult.Passed)}”: chỉ cấp giấy chứng nhận cho người hoàn thành lớp.");
        }

        var text = VietnameseText.Normalize(number);
        if (text.Length == 0)
        {
            refusals.Add($"Hãy ghi số giấy chứng nhận của {name}.");
        }
        else if (text.Length > TrainingLimits.CertificateNumber)
        {
            refusals.Add($"Số giấy chứng nhận dài quá {TrainingLimits.CertificateNumber} ký tự.");
        }

        return refusals;
    }
}
