using DangVu.Core.Members;
using DangVu.Core.Rules;
using DangVu.Core.Rules.Calendar;
using DangVu.Core.Text;

namespace DangVu.Core.Admission;

/// <summary>Vote counts of a meeting.</summary>
/// <param name="Members">Official members of the cell (cell votes) or members of the committee (committee votes).</param>
/// <param name="Away">Of the cell's official members, those temporarily active elsewhere (not counted); 0 for a committee.</param>
/// <param name="InFavour">Votes in favour.</param>
public sealed record VoteCount(int Members, int Away, int InFavour);

/// <summary>An introducer as the registry knows them on the step's date.</summary>
/// <param name="Name">Full name, for messages.</param>
/// <param name="Status">Their status on the step's date.</param>
/// <param name="KnownSince">Since when they have worked with the candidate.</param>
public sealed record IntroducerFacts(string Name, MemberStatus Status, DateOnly KnownSince);

/// <summary>What is being recorded.</summary>
/// <param name="Step">The step (the case's next).</param>
/// <param name="On">Its date: the certificate's issue, the meeting's, the decision's…</param>
/// <param name="Documents">The documents ticked as on file.</param>
/// <param name="Vote">The counts, for a vote.</param>
/// <param name="Introducers">The introducers, for the introducers' step.</param>
/// <param name="OlderApproved">For a candidate over the age range: the approval the rule names was given.</param>
public sealed record StepInput(
    AdmissionStep Step, DateOnly On, IReadOnlyCollection<string> Documents, VoteCount? Vote = null,
    IReadOnlyList<IntroducerFacts>? Introducers = null, bool OlderApproved = false);

/// <summary>What the case holds before the step.</summary>
/// <param name="BirthDate">The candidate's birth date.</param>
/// <param name="Completed">The last step completed.</param>
/// <param name="LastStepOn">The date of the last step recorded, if any (steps go forward in time).</param>
/// <param name="CertificateIssuedOn">The awareness-class certificate's date.</param>
/// <param name="DecisionOn">The admission decision's date.</param>
/// <param name="CeremonyOn">The ceremony's date, which probation counts from.</param>
/// <param name="FailedVotes">Failed votes already recorded at the step being recorded.</param>
/// <param name="Today">Today: no step is recorded in the future.</param>
/// <param name="NewMemberClassOn">
/// When the probationary member completed the new-member class, by a class's record or the step typed in; null when
/// neither says so. The recognition vote checks it.
/// </param>
public sealed record CaseFacts(
    DateOnly BirthDate, AdmissionStep Completed, DateOnly? LastStepOn, DateOnly? CertificateIssuedOn,
    DateOnly? DecisionOn, DateOnly? CeremonyOn, int FailedVotes, DateOnly Today, DateOnly? NewMemberClassOn = null);

/// <summary>
/// The judgement of one step by the rules of its date. <see cref="Refusals"/> stop it (nothing is recorded);
/// <see cref="Warnings"/> are recorded with it (a late ceremony is still a ceremony). A failed vote is recorded but
/// does not complete the step (<see cref="VotePassed"/> false). Every message is Vietnamese and names its rule.
/// </summary>
public sealed record StepJudgement(RuleSet? Rules, IReadOnlyList<string> Refusals, IReadOnlyList<string> Warnings, bool? VotePassed)
{
    /// <summary>True when the step may be recorded.</summary>
    public bool IsAccepted => Refusals.Count == 0;

    /// <summary>True when the step is recorded and completes (not a failed vote).</summary>
    public bool Completes => IsAccepted && VotePassed != false;
}

/// <summary>
/// Judges an admission step by the rule set in force on the date that rule looks at: age and certificate on the cell's
/// date, introducers on theirs, the ceremony's deadline by the rules of the decision's date, probation and recognition
/// by those of the ceremony's. Pure: the caller gathers the facts.
/// </summary>
public static class AdmissionJudge
{
    /// <summary>Judges <paramref name="input"/> for a case in the state <paramref name="facts"/>.</summary>
    public static StepJudgement Judge(CaseFacts facts, StepInput input, RuleBook book, WorkingDayCalendar calendar)
    {
        var refusals = new List<string>();
        var warnings = new List<string>();
        var expected = AdmissionSteps.Next(facts.Completed);
        if (expected != input.Step)
        {
            refusals.Add(expected is { } next
                ? $"Bước tiếp theo của hồ sơ là “{AdmissionSteps.Title(next)}”, chưa thể ghi “{AdmissionSteps.Title(input.Step)}”."
                : "Hồ sơ đã hoàn tất, không còn bước nào để ghi.");
            return new(null, refusals, warnings, null);
        }

        if (book.Uncovered(input.On) is { } uncovered)
        {
            return new(null, [uncovered], warnings, null);
        }

        var rules = book.On(input.On);
        if (input.On > facts.Today)
        {
            refusals.Add($"Ngày {VietnameseDates.Numeric(input.On)} ở tương lai: chỉ ghi những việc đã diễn ra.");
        }

        if (facts.LastStepOn is { } last && input.On < last)
        {
            refusals.Add($"Ngày {VietnameseDates.Numeric(input.On)} sớm hơn bước trước ({VietnameseDates.Numeric(last)}): các bước phải theo đúng thứ tự thời gian.");
        }

        if (input.On < facts.BirthDate)
        {
            refusals.Add("Ngày ghi sớm hơn ngày sinh của người vào Đảng.");
        }

        CheckDocuments(rules, input, refusals);
        bool? passed = null;
        switch (input.Step)
        {
            case AdmissionStep.Introducers:
                CheckIntroducers(rules, input, refusals);
                break;
            case AdmissionStep.CellVote:
                CheckAge(rules, facts, input, refusals);
                CheckCertificate(rules, facts, input, refusals);
                passed = CheckVote(rules, facts, input, refusals, warnings);
                break;
            case AdmissionStep.CommitteeVote or AdmissionStep.RecognitionCommitteeVote:
                passed = CheckVote(rules, facts, input, refusals, warnings);
                break;
            case AdmissionStep.Ceremony:
                CheckCeremony(book, calendar, facts, input, warnings);
                break;
            case AdmissionStep.RecognitionCellVote:
                passed = CheckRecognitionVote(book, calendar, facts, input, refusals, warnings);
                break;
        }

        return new(rules, refusals, warnings, refusals.Count == 0 ? passed : null);
    }

    /// <summary>The day probation ends for a ceremony held on <paramref name="ceremonyOn"/>, by the rules of that day; official membership dates from it.</summary>
    public static DateOnly ProbationEnds(RuleBook book, DateOnly ceremonyOn) => book.On(ceremonyOn).ProbationEnds(ceremonyOn);

    /// <summary>The last day for the ceremony after a decision of <paramref name="decisionOn"/>, by the rules of that day.</summary>
    public static DateOnly CeremonyDeadline(RuleBook book, WorkingDayCalendar calendar, DateOnly decisionOn) =>
        book.On(decisionOn).CeremonyDeadline(decisionOn, calendar);

    /// <summary>The last day for the cell to consider recognition after a ceremony of <paramref name="ceremonyOn"/>.</summary>
    public static DateOnly RecognitionDeadline(RuleBook book, WorkingDayCalendar calendar, DateOnly ceremonyOn) =>
        book.On(ceremonyOn).RecognitionDeadline(ceremonyOn, calendar);

    /// <summary>The documents the rule set in force on <paramref name="on"/> lists for <paramref name="step"/>.</summary>
    public static IReadOnlyList<string> Documents(RuleBook book, AdmissionStep step, DateOnly on) =>
        book.TryOn(on, out var rules) && rules.AdmissionDocuments.Value.TryGetValue(AdmissionSteps.Key(step), out var documents) ? documents : [];

    /// <summary>"Quy định: … — Quy định 294-QĐ/TW ngày 26/05/2025 (chưa xác nhận)." for a rule value.</summary>
    public static string Cite<T>(RuleTopic<T> topic, RuleValue<T> value) =>
        $"Quy định: {topic.Title.ToLowerInvariant()} — {value.Source.Citation}{(value.IsConfirmed ? "" : " (chưa xác nhận)")}.";

    private static void CheckDocuments(RuleSet rules, StepInput input, List<string> refusals)
    {
        if (!rules.AdmissionDocuments.Value.TryGetValue(AdmissionSteps.Key(input.Step), out var required))
        {
            return;
        }

        var missing = required.Where(document => !input.Documents.Contains(document)).ToList();
        if (missing.Count > 0)
        {
            refusals.Add($"Hồ sơ còn thiếu: {string.Join("; ", missing)}. {Cite(RuleTopics.AdmissionDocuments, rules.AdmissionDocuments)}");
        }
    }

    private static void CheckIntroducers(RuleSet rules, StepInput input, List<string> refusals)
    {
        var introducers = input.Introducers ?? [];
        var count = rules.IntroducerCount;
        if (introducers.Count != count.Value)
        {
            refusals.Add($"Cần {count.Value} đảng viên giới thiệu, hồ sơ có {introducers.Count}. {Cite(RuleTopics.IntroducerCount, count)}");
        }

        if (introducers.Select(i => i.Name).Distinct().Count() < introducers.Count)
        {
            refusals.Add("Hai người giới thiệu phải là hai đảng viên khác nhau.");
        }

        var rule = rules.Introducers;
        foreach (var introducer in introducers)
        {
            if (rule.Value.MustBeOfficial && introducer.Status != MemberStatus.Official)
            {
                refusals.Add($"{introducer.Name} không phải đảng viên chính thức vào ngày {VietnameseDates.Numeric(input.On)}. {Cite(RuleTopics.Introducers, rule)}");
            }

            var months = RuleSet.AgeInMonths(introducer.KnownSince, input.On);
            if (months < rule.Value.MinimumMonthsWorkedTogether)
            {
                refusals.Add($"{introducer.Name} mới cùng công tác với người vào Đảng {months} tháng, chưa đủ {rule.Value.MinimumMonthsWorkedTogether} tháng. {Cite(RuleTopics.Introducers, rule)}");
            }
        }
    }

    private static void CheckAge(RuleSet rules, CaseFacts facts, StepInput input, List<string> refusals)
    {
        if (rules.AgeRefusal(facts.BirthDate, input.On) is { } tooYoung)
        {
            refusals.Add(tooYoung);
        }
        else if (rules.CheckAge(facts.BirthDate, input.On) == AdmissionAgeCheck.NeedsApproval && !input.OlderApproved)
        {
            var age = rules.AdmissionAge;
            refusals.Add($"Người vào Đảng đã quá {age.Value.MaximumMonths / 12} tuổi vào ngày chi bộ xét: cần có sự đồng ý của {age.Value.OlderNeedsApprovalOf}. {Cite(RuleTopics.AdmissionAge, age)}");
        }
    }

    private static void CheckCertificate(RuleSet rules, CaseFacts facts, StepInput input, List<string> refusals)
    {
        var months = rules.AwarenessCertificateMonths;
        if (facts.CertificateIssuedOn is not { } issued)
        {
            refusals.Add($"Hồ sơ chưa có giấy chứng nhận lớp bồi dưỡng nhận thức về Đảng. {Cite(RuleTopics.AwarenessCertificateMonths, months)}");
        }
        else if (!rules.IsCertificateValid(issued, input.On))
        {
            refusals.Add($"Giấy chứng nhận lớp bồi dưỡng nhận thức về Đảng cấp ngày {VietnameseDates.Numeric(issued)} chỉ có giá trị đến ngày {VietnameseDates.Numeric(rules.CertificateValidThrough(issued))} ({months.Value} tháng); ngày chi bộ xét là {VietnameseDates.Numeric(input.On)}. {Cite(RuleTopics.AwarenessCertificateMonths, months)}");
        }
    }

    private static bool? CheckVote(RuleSet rules, CaseFacts facts, StepInput input, List<string> refusals, List<string> warnings)
    {
        if (input.Vote is not { } vote)
        {
            refusals.Add("Hãy nhập số biểu quyết.");
            return null;
        }

        var cell = AdmissionSteps.IsCellVote(input.Step);
        var away = cell ? vote.Away : 0;
        if (vote.Members <= 0 || away < 0 || vote.InFavour < 0 || away >= vote.Members || vote.InFavour > vote.Members - away)
        {
            refusals.Add(cell
                ? "Số biểu quyết không hợp lệ: số tán thành không thể vượt số đảng viên chính thức (trừ đảng viên sinh hoạt tạm thời nơi khác)."
                : "Số biểu quyết không hợp lệ: số tán thành không thể vượt số cấp uỷ viên.");
            return null;
        }

        var topic = cell ? RuleTopics.CellVote : RuleTopics.CommitteeVote;
        var share = cell ? rules.CellVote : rules.CommitteeVote;
        var passes = cell ? rules.CellVotePasses(vote.InFavour, vote.Members, away) : rules.CommitteeVotePasses(vote.InFavour, vote.Members);
        if (!passes)
        {
            var counted = vote.Members - away;
            warnings.Add($"Biểu quyết không đạt: {vote.InFavour}/{counted} tán thành, chưa đạt {share.Value.ToVietnamese()}{(cell ? " số đảng viên chính thức (không tính đảng viên sinh hoạt tạm thời nơi khác)" : " số cấp uỷ viên")}. {Cite(topic, share)}");
            var referral = rules.FailedVotesBeforeReferral;
            if (facts.FailedVotes + 1 >= referral.Value)
            {
                warnings.Add($"Đã {facts.FailedVotes + 1} lần biểu quyết không đạt: báo cáo cấp uỷ cấp trên xem xét. {Cite(RuleTopics.FailedVotesBeforeReferral, referral)}");
            }
        }

        return passes;
    }

    private static void CheckCeremony(RuleBook book, WorkingDayCalendar calendar, CaseFacts facts, StepInput input, List<string> warnings)
    {
        if (facts.DecisionOn is not { } decided)
        {
            return;
        }

        var deadline = CeremonyDeadline(book, calendar, decided);
        if (input.On > deadline)
        {
            var rule = book.On(decided).CeremonyWorkingDays;
            warnings.Add($"Lễ kết nạp ngày {VietnameseDates.Numeric(input.On)} muộn hơn hạn {VietnameseDates.Numeric(deadline)} ({rule.Value} ngày làm việc kể từ quyết định ngày {VietnameseDates.Numeric(decided)}). {Cite(RuleTopics.CeremonyWorkingDays, rule)}");
        }
    }

    private static void CheckNewMemberClass(RuleSet rules, CaseFacts facts, StepInput input, DateOnly probationEnds, List<string> refusals, List<string> warnings)
    {
        var rule = rules.NewMemberClassBeforeRecognition;
        if (!rule.Value)
        {
            return;
        }

        if (facts.NewMemberClassOn is not { } completed || completed > input.On)
        {
            refusals.Add($"Đảng viên dự bị chưa hoàn thành lớp bồi dưỡng lý luận chính trị cho đảng viên mới. {Cite(RuleTopics.NewMemberClassBeforeRecognition, rule)}");
        }
        else if (completed > probationEnds)
        {
            warnings.Add($"Lớp bồi dưỡng lý luận chính trị cho đảng viên mới hoàn thành ngày {VietnameseDates.Numeric(completed)}, sau khi hết thời gian dự bị ({VietnameseDates.Numeric(probationEnds)}). {Cite(RuleTopics.NewMemberClassBeforeRecognition, rule)}");
        }
    }

    private static bool? CheckRecognitionVote(
        RuleBook book, WorkingDayCalendar calendar, CaseFacts facts, StepInput input, List<string> refusals, List<string> warnings)
    {
        if (facts.CeremonyOn is { } ceremony)
        {
            var ends = ProbationEnds(book, ceremony);
            var probation = book.On(ceremony).ProbationMonths;
            if (input.On < ends)
            {
                refusals.Add($"Chưa hết thời gian dự bị: lễ kết nạp ngày {VietnameseDates.Numeric(ceremony)}, thời gian dự bị {probation.Value} tháng, hết ngày {VietnameseDates.Numeric(ends)}. {Cite(RuleTopics.ProbationMonths, probation)}");
                return null;
            }

            CheckNewMemberClass(book.On(input.On), facts, input, ends, refusals, warnings);
            var deadline = RecognitionDeadline(book, calendar, ceremony);
            if (input.On > deadline)
            {
                var rule = book.On(ceremony).RecognitionWorkingDays;
                warnings.Add($"Chi bộ xét công nhận ngày {VietnameseDates.Numeric(input.On)}, muộn hơn hạn {VietnameseDates.Numeric(deadline)} ({rule.Value} ngày làm việc kể từ ngày hết dự bị {VietnameseDates.Numeric(ends)}); ngày chính thức vẫn là ngày hết dự bị {VietnameseDates.Numeric(ends)}. {Cite(RuleTopics.RecognitionWorkingDays, rule)}");
            }
        }

        return CheckVote(book.On(input.On), facts, input, refusals, warnings);
    }
}
