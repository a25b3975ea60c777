namespace DangVu.Core.Admission;

/// <summary>
/// The steps of an admission case, in order: from candidate (quần chúng ưu tú) to official member. A case has
/// completed every step up to its current one; only the next may be recorded.
/// </summary>
public enum AdmissionStep
{
    /// <summary>Quần chúng ưu tú được giới thiệu, theo dõi: the case is opened.</summary>
    Candidate = 0,

    /// <summary>Học lớp bồi dưỡng nhận thức về Đảng: the certificate's date.</summary>
    AwarenessClass = 1,

    /// <summary>Đơn xin vào Đảng và lý lịch.</summary>
    Application = 2,

    /// <summary>Hai đảng viên chính thức giới thiệu.</summary>
    Introducers = 3,

    /// <summary>Thẩm tra lý lịch.</summary>
    HistoryVerification = 4,

    /// <summary>Ý kiến của đoàn thanh niên hoặc công đoàn và của nơi cư trú.</summary>
    Opinions = 5,

    /// <summary>Chi bộ họp xét và biểu quyết đề nghị kết nạp.</summary>
    CellVote = 6,

    /// <summary>Đảng uỷ cơ sở biểu quyết đề nghị kết nạp.</summary>
    CommitteeVote = 7,

    /// <summary>Cấp uỷ có thẩm quyền ra quyết định kết nạp: the candidate becomes a probationary member.</summary>
    Decision = 8,

    /// <summary>Lễ kết nạp: probation is counted from it.</summary>
    Ceremony = 9,

    /// <summary>Lớp bồi dưỡng lý luận chính trị cho đảng viên mới, during probation.</summary>
    NewMemberClass = 10,

    /// <summary>Chi bộ xét công nhận đảng viên chính thức.</summary>
    RecognitionCellVote = 11,

    /// <summary>Đảng uỷ cơ sở xét công nhận.</summary>
    RecognitionCommitteeVote = 12,

    /// <summary>Quyết định công nhận đảng viên chính thức, dated from the end of probation.</summary>
    RecognitionDecision = 13,
}

/// <summary>Where a case stands as a whole.</summary>
public enum AdmissionStatus
{
    /// <summary>Đang bồi dưỡng, xét kết nạp.</summary>
    Candidate = 0,

    /// <summary>Đã có quyết định kết nạp: đảng viên dự bị.</summary>
    Probationary = 1,

    /// <summary>Đã công nhận đảng viên chính thức.</summary>
    Official = 2,

    /// <summary>Dừng xét (không kết nạp, hoặc không công nhận chính thức).</summary>
    Closed = 3,
}

/// <summary>Where the candidate was found and trained: the notice asks for admissions from the youth union.</summary>
public enum CandidateSource
{
    /// <summary>Đoàn viên Đoàn TNCS Hồ Chí Minh.</summary>
    YouthUnion = 1,

    /// <summary>Đoàn viên công đoàn.</summary>
    TradeUnion = 2,

    /// <summary>Quần chúng khác.</summary>
    Other = 3,
}

/// <summary>Names and order of the admission steps.</summary>
public static class AdmissionSteps
{
    /// <summary>Every step, in order.</summary>
    public static IReadOnlyList<AdmissionStep> All { get; } = Enum.GetValues<AdmissionStep>();

    /// <summary>The step after <paramref name="step"/>; null after the last.</summary>
    public static AdmissionStep? Next(AdmissionStep step) => step == AdmissionStep.RecognitionDecision ? null : step + 1;

    /// <summary>True for the steps decided by a vote, whose threshold the rule set gives.</summary>
    public static bool IsVote(AdmissionStep step) => step is AdmissionStep.CellVote or AdmissionStep.CommitteeVote
        or AdmissionStep.RecognitionCellVote or AdmissionStep.RecognitionCommitteeVote;

    /// <summary>True for the cell's votes (threshold of official members, less those temporarily away).</summary>
    public static bool IsCellVote(AdmissionStep step) => step is AdmissionStep.CellVote or AdmissionStep.RecognitionCellVote;

    /// <summary>True for the steps that carry a decision's number.</summary>
    public static bool IsDecision(AdmissionStep step) => step is AdmissionStep.Decision or AdmissionStep.RecognitionDecision;

    /// <summary>The key of the step in rule data ("cellVote").</summary>
    public static string Key(AdmissionStep step) => char.ToLowerInvariant(step.ToString()[0]) + step.ToString()[1..];

    /// <summary>The Vietnamese title of the step.</summary>
    public static string Title(AdmissionStep step) => step switch
    {
        AdmissionStep.Candidate => "Quần chúng ưu tú",
        AdmissionStep.AwarenessClass => "Lớp bồi dưỡng nhận thức về Đảng",
        AdmissionStep.Application => "Đơn xin vào Đảng và lý lịch",
        AdmissionStep.Introducers => "Đảng viên giới thiệu",
        AdmissionStep.HistoryVerification => "Thẩm tra lý lịch",
        AdmissionStep.Opinions => "Ý kiến đoàn thể và nơi cư trú",
        AdmissionStep.CellVote => "Chi bộ xét, biểu quyết",
        AdmissionStep.CommitteeVote => "Đảng uỷ cơ sở biểu quyết",
        AdmissionStep.Decision => "Quyết định kết nạp",
        AdmissionStep.Ceremony => "Lễ kết nạp",
        AdmissionStep.NewMemberClass => "Lớp bồi dưỡng đảng viên mới",
        AdmissionStep.RecognitionCellVote => "Chi bộ xét công nhận chính thức",
        AdmissionStep.RecognitionCommitteeVote => "Đảng uỷ cơ sở xét công nhận",
        AdmissionStep.RecognitionDecision => "Quyết định công nhận chính thức",
        _ => step.ToString(),
    };

    /// <summary>The Vietnamese name of a case's status.</summary>
    public static string Title(AdmissionStatus status) => status switch
    {
        AdmissionStatus.Candidate => "Đang xét kết nạp",
        AdmissionStatus.Probationary => "Đảng viên dự bị",
        AdmissionStatus.Official => "Đảng viên chính thức",
        _ => "Dừng xét",
    };

    /// <summary>The Vietnamese name of a candidate's source.</summary>
    public static string Title(CandidateSource source) => source switch
    {
        CandidateSource.YouthUnion => "Đoàn viên thanh niên",
        CandidateSource.TradeUnion => "Đoàn viên công đoàn",
        _ => "Quần chúng khác",
    };
}
