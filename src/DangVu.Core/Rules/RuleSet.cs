using DangVu.Core.Rules.Calendar;
using DangVu.Core.Text;

namespace DangVu.Core.Rules;

/// <summary>One value of a rule set as pages and the API list it.</summary>
/// <param name="Topic">What the value is about.</param>
/// <param name="Value">The typed value (null where the topic allows "does not apply").</param>
/// <param name="Source">Where it comes from and whether it is confirmed.</param>
/// <param name="IsChanged">True when the value or its source differs from the previous rule set's (always true in the first).</param>
public sealed record RuleEntry(RuleTopic Topic, object? Value, RuleSource Source, bool IsChanged)
{
    /// <summary>The topic's key ("cellVote").</summary>
    public string Key => Topic.Key;

    /// <summary>The topic's Vietnamese title.</summary>
    public string Title => Topic.Title;

    /// <summary>The value in Vietnamese.</summary>
    public string Text => Topic.Describe(Value);
}

/// <summary>
/// The rules in force over one period (<see cref="ValidFrom"/> to <see cref="ValidTo"/>, both inclusive): every
/// <see cref="RuleTopics">topic</see>'s value with its source. Get one from <see cref="RuleBook.On"/>; the helpers
/// (<see cref="AgeInMonths"/>, <see cref="CellVotePasses"/>…) apply this set's values, so a workflow judges each step
/// by the set of that step's date.
/// </summary>
public sealed class RuleSet
{
    private readonly Dictionary<string, RuleEntry> _entries;

    internal RuleSet(string id, string name, DateOnly validFrom, DateOnly? validTo, RuleSource basis, IReadOnlyList<RuleEntry> entries)
    {
        Id = id;
        Name = name;
        ValidFrom = validFrom;
        ValidTo = validTo;
        Basis = basis;
        Entries = entries;
        _entries = entries.ToDictionary(entry => entry.Key);
    }

    /// <summary>A stable identifier ("quy-dinh-294-2025"), also the page's anchor.</summary>
    public string Id { get; }

    /// <summary>The Vietnamese name of the period ("Quy định 294-QĐ/TW thi hành Điều lệ Đảng").</summary>
    public string Name { get; }

    /// <summary>The first day the set is in force.</summary>
    public DateOnly ValidFrom { get; }

    /// <summary>The last day the set is in force; null while it still is.</summary>
    public DateOnly? ValidTo { get; }

    /// <summary>The document that opens the period.</summary>
    public RuleSource Basis { get; }

    /// <summary>Every value, in <see cref="RuleTopics.All"/> order.</summary>
    public IReadOnlyList<RuleEntry> Entries { get; }

    /// <summary>True when <paramref name="date"/> falls within the period.</summary>
    public bool Covers(DateOnly date) => date >= ValidFrom && (ValidTo is null || date <= ValidTo);

    /// <summary>"từ 01/07/2025 đến 22/07/2025" or "từ 30/08/2025 đến nay".</summary>
    public string Period => $"từ {VietnameseDates.Numeric(ValidFrom)} đến {(ValidTo is { } to ? VietnameseDates.Numeric(to) : "nay")}";

    /// <summary>The age range for admission, counted in months on the day the cell considers it.</summary>
    public RuleValue<AdmissionAgeRule> AdmissionAge => Get(RuleTopics.AdmissionAge);

    /// <summary>How many months an awareness-class certificate stays valid.</summary>
    public RuleValue<int> AwarenessCertificateMonths => Get(RuleTopics.AwarenessCertificateMonths);

    /// <summary>How many introducers a candidate needs.</summary>
    public RuleValue<int> IntroducerCount => Get(RuleTopics.IntroducerCount);

    /// <summary>What an introducer must be.</summary>
    public RuleValue<IntroducerRule> Introducers => Get(RuleTopics.Introducers);

    /// <summary>The share of the cell's official members (not counting those temporarily active elsewhere) who must vote in favour.</summary>
    public RuleValue<Fraction> CellVote => Get(RuleTopics.CellVote);

    /// <summary>The share of the grassroots committee's members who must vote in favour.</summary>
    public RuleValue<Fraction> CommitteeVote => Get(RuleTopics.CommitteeVote);

    /// <summary>After how many failed votes the case goes to the committee above.</summary>
    public RuleValue<int> FailedVotesBeforeReferral => Get(RuleTopics.FailedVotesBeforeReferral);

    /// <summary>Working days from the admission decision to the ceremony, at most.</summary>
    public RuleValue<int> CeremonyWorkingDays => Get(RuleTopics.CeremonyWorkingDays);

    /// <summary>The documents each admission step files, by step key.</summary>
    public RuleValue<IReadOnlyDictionary<string, IReadOnlyList<string>>> AdmissionDocuments => Get(RuleTopics.AdmissionDocuments);

    /// <summary>Months of probation from admission.</summary>
    public RuleValue<int> ProbationMonths => Get(RuleTopics.ProbationMonths);

    /// <summary>Working days after probation ends within which the cell considers recognition.</summary>
    public RuleValue<int> RecognitionWorkingDays => Get(RuleTopics.RecognitionWorkingDays);

    /// <summary>Months between regular cell meetings.</summary>
    public RuleValue<int> RegularMeetingMonths => Get(RuleTopics.RegularMeetingMonths);

    /// <summary>Months between thematic cell meetings, at most.</summary>
    public RuleValue<int> ThematicMeetingMonths => Get(RuleTopics.ThematicMeetingMonths);

    /// <summary>The shortest cell meeting; null where no rule sets one.</summary>
    public RuleValue<MeetingDuration?> MeetingMinutes => Get(RuleTopics.MeetingMinutes);

    /// <summary>Days before a cell meeting its documents are sent, at least.</summary>
    public RuleValue<int> MeetingDocumentLeadDays => Get(RuleTopics.MeetingDocumentLeadDays);

    /// <summary>Who must attend a cell meeting, and the share of them that must be present.</summary>
    public RuleValue<MeetingAttendanceRule> MeetingAttendance => Get(RuleTopics.MeetingAttendance);

    /// <summary>The levels a cell rates each meeting at; null where no rule asks for it.</summary>
    public RuleValue<MeetingQualityRule?> MeetingQuality => Get(RuleTopics.MeetingQuality);

    /// <summary>The Vietnamese names of the four rating levels.</summary>
    public RuleValue<RatingLevelNames> RatingLevels => Get(RuleTopics.RatingLevels);

    /// <summary>Whether members are also rated every quarter (always every year).</summary>
    public RuleValue<bool> QuarterlyRating => Get(RuleTopics.QuarterlyRating);

    /// <summary>The most that may be rated Excellent, as a share of those rated Good, per grassroots organization; null where no cap applies.</summary>
    public RuleValue<Fraction?> ExcellentCap => Get(RuleTopics.ExcellentCap);

    /// <summary>The points scale; null before ratings were scored.</summary>
    public RuleValue<RatingPoints?> RatingPoints => Get(RuleTopics.RatingPoints);

    /// <summary>The criteria of the self-review form.</summary>
    public RuleValue<ReviewCriteria> ReviewCriteria => Get(RuleTopics.ReviewCriteria);

    /// <summary>Which levels the cell proposes by secret ballot, and the share that carries a proposal.</summary>
    public RuleValue<RatingBallotRule> RatingBallot => Get(RuleTopics.RatingBallot);

    /// <summary>What "excellent" needs besides its points.</summary>
    public RuleValue<ExcellentEvidenceRule> ExcellentEvidence => Get(RuleTopics.ExcellentEvidence);

    /// <summary>Deadlines of a permanent transfer, in working days.</summary>
    public RuleValue<PermanentTransferRule> PermanentTransfer => Get(RuleTopics.PermanentTransfer);

    /// <summary>When a transfer is temporary.</summary>
    public RuleValue<TemporaryTransferRule> TemporaryTransfer => Get(RuleTopics.TemporaryTransfer);

    /// <summary>Discipline forms by whom they apply to.</summary>
    public RuleValue<DisciplineForms> DisciplineForms => Get(RuleTopics.Discipline);

    /// <summary>Months within which a discipline decision may be appealed.</summary>
    public RuleValue<int> DisciplineAppealMonths => Get(RuleTopics.DisciplineAppealMonths);

    /// <summary>How a grassroots organization handles denunciations.</summary>
    public RuleValue<DenunciationRule> Denunciation => Get(RuleTopics.Denunciation);

    /// <summary>Terms of the certificates of the classes other than the awareness class; null = no term.</summary>
    public RuleValue<TrainingCertificateMonths> TrainingCertificateMonths => Get(RuleTopics.TrainingCertificateMonths);

    /// <summary>Whether the new-member class must be completed before the cell considers recognition.</summary>
    public RuleValue<bool> NewMemberClassBeforeRecognition => Get(RuleTopics.NewMemberClassBeforeRecognition);

    /// <summary>The statuses (on a study's first day) of members who need not study a resolution with their own organization.</summary>
    public RuleValue<IReadOnlyList<Members.MemberStatus>> StudyExemptStatuses => Get(RuleTopics.StudyExemptStatuses);

    /// <summary>The entry of <paramref name="topic"/>.</summary>
    public RuleEntry Entry(RuleTopic topic) => _entries[topic.Key];

    /// <summary>Whole months of age on <paramref name="on"/> (see <see cref="AdmissionAgeRule.AgeInMonths"/>).</summary>
    public static int AgeInMonths(DateOnly birth, DateOnly on) => AdmissionAgeRule.AgeInMonths(birth, on);

    /// <summary>True when a candidate born on <paramref name="birth"/> has the minimum age on <paramref name="considered"/>, the cell's date.</summary>
    public bool IsOldEnough(DateOnly birth, DateOnly considered) =>
        AgeInMonths(birth, considered) >= AdmissionAge.Value.MinimumMonths;

    /// <summary>How a candidate stands against the age range on the cell's date.</summary>
    public AdmissionAgeCheck CheckAge(DateOnly birth, DateOnly considered) => AdmissionAge.Value.Check(birth, considered);

    /// <summary>
    /// Why the age refuses the admission, in Vietnamese, naming the rule and its source; null when it does not
    /// (including an older candidate, who needs an approval rather than a refusal: see <see cref="CheckAge"/>).
    /// </summary>
    public string? AgeRefusal(DateOnly birth, DateOnly considered)
    {
        var age = AdmissionAge;
        var months = AgeInMonths(birth, considered);
        return months >= age.Value.MinimumMonths ? null
            : $"Ngày {VietnameseDates.Numeric(considered)} chi bộ xét, người vào Đảng mới {months / 12} tuổi {months % 12} tháng ({months} tháng), chưa đủ {age.Value.MinimumMonths / 12} tuổi ({age.Value.MinimumMonths} tháng). "
              + $"Quy định: {RuleTopics.AdmissionAge.Title.ToLowerInvariant()} — {age.Source.Citation}{(age.IsConfirmed ? "" : " (chưa xác nhận)")}.";
    }

    /// <summary>
    /// The last day an awareness-class certificate issued on <paramref name="issued"/> is valid (issued + the months,
    /// less a day: 60 months from 15/03/2020 run through 14/03/2025).
    /// </summary>
    public DateOnly CertificateValidThrough(DateOnly issued) => issued.AddMonths(AwarenessCertificateMonths.Value).AddDays(-1);

    /// <summary>True when a certificate issued on <paramref name="issued"/> is valid on <paramref name="on"/>.</summary>
    public bool IsCertificateValid(DateOnly issued, DateOnly on) => on >= issued && on <= CertificateValidThrough(issued);

    /// <summary>
    /// True when <paramref name="inFavour"/> votes reach the cell's threshold of its official members, not counting the
    /// <paramref name="temporarilyAway"/> of them who are temporarily active elsewhere. Exact: 6 of 9 passes 2/3.
    /// </summary>
    public bool CellVotePasses(int inFavour, int officialMembers, int temporarilyAway = 0) =>
        CellVote.Value.IsReachedBy(inFavour, officialMembers - temporarilyAway);

    /// <summary>True when <paramref name="inFavour"/> of the <paramref name="committeeMembers"/> reach the committee's threshold.</summary>
    public bool CommitteeVotePasses(int inFavour, int committeeMembers) => CommitteeVote.Value.IsReachedBy(inFavour, committeeMembers);

    /// <summary>The last day for the admission ceremony after the decision of <paramref name="decided"/>.</summary>
    public DateOnly CeremonyDeadline(DateOnly decided, WorkingDayCalendar calendar) =>
        calendar.AddWorkingDays(decided, CeremonyWorkingDays.Value);

    /// <summary>The day probation ends, which official membership is dated from: admission + the probation months.</summary>
    public DateOnly ProbationEnds(DateOnly admitted) => admitted.AddMonths(ProbationMonths.Value);

    /// <summary>The last day for the cell to consider recognition of a member admitted on <paramref name="admitted"/>.</summary>
    public DateOnly RecognitionDeadline(DateOnly admitted, WorkingDayCalendar calendar) =>
        calendar.AddWorkingDays(ProbationEnds(admitted), RecognitionWorkingDays.Value);

    /// <summary>The most members of <paramref name="ratedGood"/> who may be rated Excellent; null where no cap applies.</summary>
    public int? MaximumExcellent(int ratedGood) => ExcellentCap.Value?.MaximumOf(ratedGood);

    /// <inheritdoc />
    public override string ToString() => $"{Name} ({Period})";

    private RuleValue<T> Get<T>(RuleTopic<T> topic)
    {
        var entry = _entries[topic.Key];
        return new RuleValue<T>((T)entry.Value!, entry.Source);
    }
}
