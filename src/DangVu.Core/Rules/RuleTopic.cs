using System.Globalization;
using System.Text.Json;

namespace DangVu.Core.Rules;

/// <summary>
/// One kind of value every rule set holds (the admission age, the cell's vote threshold…): its key in the data, its
/// Vietnamese title, its type, how it reads in Vietnamese and what makes it invalid. <see cref="RuleTopics"/> lists them.
/// </summary>
public abstract class RuleTopic
{
    private protected RuleTopic(string key, string title)
    {
        Key = key;
        Title = title;
    }

    /// <summary>The key in the data and the API ("admissionAge").</summary>
    public string Key { get; }

    /// <summary>The Vietnamese title, for pages and refusals.</summary>
    public string Title { get; }

    /// <summary>The value in Vietnamese, for pages ("Từ đủ 18 tuổi đến đủ 60 tuổi…").</summary>
    public abstract string Describe(object? value);

    internal abstract object? Read(JsonElement element, JsonSerializerOptions options);

    internal abstract string? Problem(object? value);
}

/// <summary>A topic whose values are of type <typeparamref name="T"/>.</summary>
public sealed class RuleTopic<T> : RuleTopic
{
    private readonly Func<T, string> _describe;
    private readonly Func<T, string?> _problem;
    private readonly bool _allowsNone;

    internal RuleTopic(string key, string title, Func<T, string> describe, Func<T, string?>? problem = null, bool allowsNone = false)
        : base(key, title)
    {
        _describe = describe;
        _problem = problem ?? (_ => null);
        _allowsNone = allowsNone;
    }

    /// <inheritdoc />
    public override string Describe(object? value) => _describe((T)value!);

    internal override object? Read(JsonElement element, JsonSerializerOptions options) => element.Deserialize<T>(options);

    internal override string? Problem(object? value) => value switch
    {
        null when !_allowsNone => "the value is missing (null)",
        null => null,
        T typed => _problem(typed),
        _ => $"the value is not a {typeof(T).Name}",
    };
}

/// <summary>Every topic a rule set holds, in the order pages list them.</summary>
public static class RuleTopics
{
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    /// <summary>The age range for admission, counted in months on the day the cell considers it.</summary>
    public static readonly RuleTopic<AdmissionAgeRule> AdmissionAge = new(
        "admissionAge", "Tuổi đời khi chi bộ xét kết nạp",
        age => string.Create(Invariant,
            $"Từ đủ {age.MinimumMonths / 12} tuổi ({age.MinimumMonths} tháng) đến đủ {age.MaximumMonths / 12} tuổi ({age.MaximumMonths} tháng), tính theo tháng đến ngày chi bộ xét; trên {age.MaximumMonths / 12} tuổi phải được {age.OlderNeedsApprovalOf} đồng ý"),
        age => age.Problem());

    /// <summary>How many months an awareness-class certificate stays valid.</summary>
    public static readonly RuleTopic<int> AwarenessCertificateMonths = new(
        "awarenessCertificateMonths", "Giá trị của giấy chứng nhận lớp bồi dưỡng nhận thức về Đảng",
        months => $"{months} tháng kể từ ngày cấp", Positive);

    /// <summary>How many introducers a candidate needs.</summary>
    public static readonly RuleTopic<int> IntroducerCount = new(
        "introducerCount", "Số người giới thiệu", count => $"{count} đảng viên", Positive);

    /// <summary>What an introducer must be.</summary>
    public static readonly RuleTopic<IntroducerRule> Introducers = new(
        "introducers", "Điều kiện của người giới thiệu",
        rule => $"{(rule.MustBeOfficial ? "Đảng viên chính thức" : "Đảng viên")}, đã cùng công tác với người vào Đảng ít nhất {rule.MinimumMonthsWorkedTogether} tháng",
        rule => rule.Problem());

    /// <summary>The cell's vote threshold, a share of its official members.</summary>
    public static readonly RuleTopic<Fraction> CellVote = new(
        "cellVote", "Biểu quyết của chi bộ",
        share => $"Ít nhất {share.ToVietnamese()} số đảng viên chính thức tán thành (không tính đảng viên đang sinh hoạt tạm thời nơi khác)",
        share => share.Problem());

    /// <summary>The grassroots committee's vote threshold, a share of its members.</summary>
    public static readonly RuleTopic<Fraction> CommitteeVote = new(
        "committeeVote", "Biểu quyết của cấp uỷ cơ sở",
        share => $"Ít nhất {share.ToVietnamese()} số cấp uỷ viên tán thành", share => share.Problem());

    /// <summary>After how many failed votes the case goes to the committee above.</summary>
    public static readonly RuleTopic<int> FailedVotesBeforeReferral = new(
        "failedVotesBeforeReferral", "Biểu quyết không đạt nhiều lần",
        votes => $"Sau {votes} lần biểu quyết không đạt, báo cáo cấp uỷ cấp trên xem xét", Positive);

    /// <summary>Working days from the admission decision to the ceremony, at most.</summary>
    public static readonly RuleTopic<int> CeremonyWorkingDays = new(
        "ceremonyWorkingDays", "Thời hạn tổ chức lễ kết nạp",
        days => $"Trong {days} ngày làm việc kể từ ngày có quyết định kết nạp", Positive);

    /// <summary>The documents each admission step files, by step key ("application"): the checklist of the step's form.</summary>
    public static readonly RuleTopic<IReadOnlyDictionary<string, IReadOnlyList<string>>> AdmissionDocuments = new(
        "admissionDocuments", "Giấy tờ trong hồ sơ kết nạp, theo từng bước",
        steps => string.Join("; ", steps.Select(step => string.Join(", ", step.Value))),
        steps => steps.Count == 0 || steps.Any(step => step.Value.Count == 0 || step.Value.Any(string.IsNullOrWhiteSpace))
            ? "every step must list at least one document, none blank" : null);

    /// <summary>Months of probation from admission.</summary>
    public static readonly RuleTopic<int> ProbationMonths = new(
        "probationMonths", "Thời gian dự bị",
        months => $"{months} tháng kể từ ngày kết nạp; đảng viên chính thức tính từ ngày hết thời gian dự bị", Positive);

    /// <summary>Working days after probation ends within which the cell considers recognition.</summary>
    public static readonly RuleTopic<int> RecognitionWorkingDays = new(
        "recognitionWorkingDays", "Thời hạn xét công nhận đảng viên chính thức",
        days => $"Chi bộ xét trong {days} ngày làm việc kể từ ngày hết thời gian dự bị", Positive);

    /// <summary>Months between regular cell meetings.</summary>
    public static readonly RuleTopic<int> RegularMeetingMonths = new(
        "regularMeetingMonths", "Sinh hoạt chi bộ thường kỳ", EveryMonths, Positive);

    /// <summary>Months between thematic cell meetings, at most.</summary>
    public static readonly RuleTopic<int> ThematicMeetingMonths = new(
        "thematicMeetingMonths", "Sinh hoạt chuyên đề", months => "Ít nhất " + EveryMonths(months).ToLowerInvariant(), Positive);

    /// <summary>The shortest cell meeting; null where no rule sets one.</summary>
    public static readonly RuleTopic<MeetingDuration?> MeetingMinutes = new(
        "meetingMinutes", "Thời lượng buổi sinh hoạt chi bộ",
        duration => duration is null ? "Không quy định"
            : $"Ít nhất {duration.RegularMinutes} phút; {duration.WithThematicMinutes} phút nếu sinh hoạt chuyên đề cùng buổi với sinh hoạt thường kỳ",
        duration => duration?.Problem(), allowsNone: true);

    /// <summary>Days before a cell meeting its documents are sent, at least.</summary>
    public static readonly RuleTopic<int> MeetingDocumentLeadDays = new(
        "meetingDocumentLeadDays", "Gửi tài liệu sinh hoạt chi bộ",
        days => $"Trước buổi sinh hoạt ít nhất {days} ngày", Positive);

    /// <summary>Who must attend a cell meeting, and the share of them that must be present.</summary>
    public static readonly RuleTopic<MeetingAttendanceRule> MeetingAttendance = new(
        "meetingAttendance", "Đảng viên phải dự sinh hoạt chi bộ",
        rule => $"{(rule.MinimumShare is { } share ? $"Có mặt ít nhất {share.ToVietnamese()} số đảng viên phải dự" : "Không quy định tỷ lệ có mặt tối thiểu")}; "
            + $"đảng viên được miễn sinh hoạt {(rule.ExemptedMustAttend ? "vẫn phải dự" : "không bắt buộc dự, không tính vắng")}; "
            + $"đảng viên sinh hoạt tạm thời nơi khác {(rule.TemporarilyAwayMustAttend ? "vẫn phải dự ở chi bộ nơi đi" : "sinh hoạt ở nơi đến, không tính vào số phải dự")}",
        rule => rule.Problem());

    /// <summary>The levels a cell rates each meeting at; null where no rule asks for it.</summary>
    public static readonly RuleTopic<MeetingQualityRule?> MeetingQuality = new(
        "meetingQuality", "Tự đánh giá chất lượng buổi sinh hoạt",
        rule => rule is null ? "Không quy định" : $"Chi bộ tự đánh giá từng buổi ở một trong các mức: {string.Join("; ", rule.Levels)}",
        rule => rule?.Problem(), allowsNone: true);

    /// <summary>The Vietnamese names of the four rating levels.</summary>
    public static readonly RuleTopic<RatingLevelNames> RatingLevels = new(
        "ratingLevels", "Các mức xếp loại chất lượng đảng viên",
        names => $"{names.Excellent}; {names.Good}; {names.Completed}; {names.NotCompleted}", names => names.Problem());

    /// <summary>Whether members are also rated every quarter (always every year).</summary>
    public static readonly RuleTopic<bool> QuarterlyRating = new(
        "quarterlyRating", "Kỳ đánh giá, xếp loại",
        quarterly => quarterly ? "Hằng quý và hằng năm" : "Hằng năm");

    /// <summary>The cap on Excellent ratings; null where none applies.</summary>
    public static readonly RuleTopic<Fraction?> ExcellentCap = new(
        "excellentCap", "Giới hạn số được xếp loại “Hoàn thành xuất sắc nhiệm vụ”",
        share => share is null ? "Không áp dụng"
            : $"Không quá {share.ToVietnamese()} số đảng viên được xếp loại “Hoàn thành tốt nhiệm vụ”, tính trong từng tổ chức cơ sở đảng",
        share => share?.Problem(), allowsNone: true);

    /// <summary>The points scale of ratings; null before ratings were scored.</summary>
    public static readonly RuleTopic<RatingPoints?> RatingPoints = new(
        "ratingPoints", "Thang điểm xếp loại",
        points => points is null ? "Không áp dụng"
            : $"Từ {points.Excellent} điểm: hoàn thành xuất sắc (và {points.ExcellentTasksDonePercent}% nhiệm vụ hoàn thành, ít nhất {points.ExcellentTasksExceededPercent}% vượt mức); từ {points.Good} đến dưới {points.Excellent} điểm: hoàn thành tốt; từ {points.Completed} đến dưới {points.Good} điểm: hoàn thành; dưới {points.Completed} điểm: không hoàn thành",
        points => points?.Problem(), allowsNone: true);

    /// <summary>The criteria of the self-review form (with points where ratings are scored).</summary>
    public static readonly RuleTopic<ReviewCriteria> ReviewCriteria = new(
        "reviewCriteria", "Nội dung tự kiểm điểm, đánh giá",
        criteria => string.Join("; ", criteria.Criteria.Select(c => c.MaximumPoints is { } points ? $"{c.Title} ({points} điểm)" : c.Title)),
        criteria => criteria.Problem());

    /// <summary>Which levels the cell proposes by secret ballot, and the share that carries a proposal.</summary>
    public static readonly RuleTopic<RatingBallotRule> RatingBallot = new(
        "ratingBallot", "Bỏ phiếu kín đề xuất mức xếp loại",
        rule => $"Chi bộ bỏ phiếu kín đề xuất mức {string.Join(", ", rule.VotedLevels.Select(Vietnamese))}; đạt khi {(rule.MoreThanShare ? "trên" : "ít nhất")} {rule.Share.ToVietnamese()} số đảng viên chính thức của chi bộ đồng ý",
        rule => rule.Problem());

    /// <summary>What "excellent" needs besides its points.</summary>
    public static readonly RuleTopic<ExcellentEvidenceRule> ExcellentEvidence = new(
        "excellentEvidence", "Điều kiện xếp loại “Hoàn thành xuất sắc nhiệm vụ”", rule => rule.Description, rule => rule.Problem());

    /// <summary>Deadlines of a permanent transfer, in working days.</summary>
    public static readonly RuleTopic<PermanentTransferRule> PermanentTransfer = new(
        "permanentTransfer", "Chuyển sinh hoạt đảng chính thức",
        rule => $"Làm thủ tục trong {rule.StartWithinWorkingDays} ngày làm việc kể từ khi chuyển nơi công tác, cư trú; xuất trình giấy giới thiệu trong {rule.PresentReferralWithinWorkingDays} ngày làm việc",
        rule => rule.Problem());

    /// <summary>When a transfer is temporary.</summary>
    public static readonly RuleTopic<TemporaryTransferRule> TemporaryTransfer = new(
        "temporaryTransfer", "Chuyển sinh hoạt đảng tạm thời",
        rule => $"Vắng từ {rule.MinimumAbsenceMonths} tháng đến dưới {rule.AbsenceUnderMonths} tháng, hoặc đi học từ {rule.MinimumAbsenceMonths} tháng đến {rule.MaximumStudyMonths} tháng; {(rule.CountedByHost ? "được" : "không")} tính vào đảng số nơi sinh hoạt tạm thời",
        rule => rule.Problem());

    /// <summary>Discipline forms by whom they apply to.</summary>
    public static readonly RuleTopic<DisciplineForms> Discipline = new(
        "disciplineForms", "Hình thức kỷ luật",
        forms => $"Đảng viên chính thức: {Forms(forms.Member)}; đảng viên dự bị: {Forms(forms.Probationary)}; tổ chức đảng: {Forms(forms.Organization)}",
        forms => forms.Problem());

    /// <summary>Months within which a discipline decision may be appealed.</summary>
    public static readonly RuleTopic<int> DisciplineAppealMonths = new(
        "disciplineAppealMonths", "Thời hạn khiếu nại quyết định kỷ luật",
        months => $"Trong {months} tháng kể từ ngày nhận quyết định", Positive);

    /// <summary>How a grassroots organization handles denunciations.</summary>
    public static readonly RuleTopic<DenunciationRule> Denunciation = new(
        "denunciation", "Giải quyết tố cáo ở cấp cơ sở",
        rule => $"Không quá {rule.WorkingDays} ngày làm việc, gia hạn không quá {rule.ExtensionWorkingDays} ngày làm việc; {(rule.AnonymousLettersHandled ? "có" : "không")} giải quyết đơn nặc danh",
        rule => rule.Problem());

    /// <summary>Terms of the certificates of the other classes (new members, resolutions, reporters); null = no term.</summary>
    public static readonly RuleTopic<TrainingCertificateMonths> TrainingCertificateMonths = new(
        "trainingCertificateMonths", "Giá trị của giấy chứng nhận các lớp bồi dưỡng khác",
        months => $"Lớp đảng viên mới: {Term(months.NewMemberTheory)}; học tập nghị quyết: {Term(months.ResolutionStudy)}; bồi dưỡng báo cáo viên: {Term(months.ReporterRefresher)}",
        months => months.Problem());

    /// <summary>Whether a probationary member must have completed the new-member class before the cell considers recognition.</summary>
    public static readonly RuleTopic<bool> NewMemberClassBeforeRecognition = new(
        "newMemberClassBeforeRecognition", "Lớp bồi dưỡng lý luận chính trị cho đảng viên mới",
        required => required
            ? "Đảng viên dự bị phải hoàn thành lớp trong thời gian dự bị, trước khi chi bộ xét công nhận chính thức"
            : "Không bắt buộc trước khi xét công nhận chính thức");

    /// <summary>Which members, by their status on the first day of a study, need not study a resolution with their own organization.</summary>
    public static readonly RuleTopic<IReadOnlyList<Members.MemberStatus>> StudyExemptStatuses = new(
        "studyExemptStatuses", "Đảng viên không tính vào số phải học tập nghị quyết",
        statuses => statuses.Count == 0 ? "Không có" : string.Join("; ", statuses.Select(StudyExemption)),
        statuses => statuses.Any(status => status is Members.MemberStatus.Probationary or Members.MemberStatus.Official)
            ? "probationary and official members active in their organization cannot be exempt" : null);

    /// <summary>Every topic, in the order pages list them.</summary>
    public static readonly IReadOnlyList<RuleTopic> All =
    [
        AdmissionAge, AwarenessCertificateMonths, IntroducerCount, Introducers, CellVote, CommitteeVote,
        FailedVotesBeforeReferral, CeremonyWorkingDays, AdmissionDocuments, ProbationMonths, RecognitionWorkingDays,
        RegularMeetingMonths, ThematicMeetingMonths, MeetingMinutes, MeetingDocumentLeadDays, MeetingAttendance, MeetingQuality,
        RatingLevels, QuarterlyRating, ExcellentCap, RatingPoints, ReviewCriteria, RatingBallot, ExcellentEvidence,
        PermanentTransfer, TemporaryTransfer, Discipline, DisciplineAppealMonths, Denunciation,
        TrainingCertificateMonths, NewMemberClassBeforeRecognition, StudyExemptStatuses,
    ];

    /// <summary>The Vietnamese name of a discipline form.</summary>
    public static string Vietnamese(DisciplineForm form) => form switch
    {
        DisciplineForm.Reprimand => "khiển trách",
        DisciplineForm.Warning => "cảnh cáo",
        DisciplineForm.RemovalFromPost => "cách chức",
        DisciplineForm.Expulsion => "khai trừ",
        _ => "giải tán",
    };

    /// <summary>The usual Vietnamese name of a rating level (the names of an era are in <see cref="RatingLevels"/>).</summary>
    public static string Vietnamese(RatingLevel level) => level switch
    {
        RatingLevel.Excellent => "Hoàn thành xuất sắc nhiệm vụ",
        RatingLevel.Good => "Hoàn thành tốt nhiệm vụ",
        RatingLevel.Completed => "Hoàn thành nhiệm vụ",
        _ => "Không hoàn thành nhiệm vụ",
    };

    private static string Forms(IEnumerable<DisciplineForm> forms) => string.Join(", ", forms.Select(Vietnamese));

    private static string Term(int? months) => months is { } m ? $"{m} tháng kể từ ngày cấp" : "không ghi thời hạn";

    private static string StudyExemption(Members.MemberStatus status) => status switch
    {
        Members.MemberStatus.Exempted => "đảng viên được miễn sinh hoạt",
        Members.MemberStatus.TemporarilyAway => "đảng viên sinh hoạt tạm thời nơi khác (học tập nơi sinh hoạt tạm thời)",
        _ => status.ToString(),
    };

    private static string EveryMonths(int months) => months switch
    {
        1 => "Mỗi tháng một lần",
        3 => "Mỗi quý một lần",
        _ => $"{months} tháng một lần",
    };

    private static string? Positive(int value) => value > 0 ? null : "the value must be positive";
}
