using DangVu.Core.Admission;
using DangVu.Core.Members;
using DangVu.Core.Organizations;
using DangVu.Core.Rules;
using DangVu.Core.Rules.Calendar;
using DangVu.Core.Text;
using DangVu.Data.Audit;
using DangVu.Data.Members;
using DangVu.Data.Training;
using Microsoft.EntityFrameworkCore;

namespace DangVu.Data.Admission;

/// <summary>What opens a case: the candidate and the cell that prepares them.</summary>
public sealed record NewCandidate(
    string FullName, DateOnly BirthDate, Gender Gender, CandidateSource Source, Sector Sector, Guid OrganizationId,
    DateOnly RegisteredOn, string? Profession = null, bool IsSynthetic = false, string? Ethnicity = null, string? Religion = null,
    string? Hometown = null);

/// <summary>An introducer chosen from the registry, and since when they have worked with the candidate.</summary>
public sealed record IntroducerRequest(Guid MemberId, DateOnly KnownSince);

/// <summary>
/// A step to record on a case. <paramref name="CertificateId"/> records the awareness or new-member class step from a
/// certificate a class issued (its enrolment): the step takes the certificate's date and number.
/// </summary>
public sealed record StepRequest(
    AdmissionStep Step, DateOnly On, IReadOnlyCollection<string> Documents, VoteCount? Vote = null,
    IReadOnlyList<IntroducerRequest>? Introducers = null, string? DocumentNumber = null, string? Note = null, bool OlderApproved = false,
    Guid? CertificateId = null);

/// <summary>Why a request was refused, for one field (empty for the request as a whole).</summary>
public sealed record AdmissionError(string Field, string Message)
{
    public override string ToString() => Message;
}

/// <summary>The result of recording a step: the case, or the refusals; warnings recorded with the step; a failed vote.</summary>
public sealed record StepOutcome(AdmissionCase? Case, IReadOnlyList<string> Refusals, IReadOnlyList<string> Warnings, bool? VotePassed, bool Conflict = false)
{
    public static StepOutcome Refused(params string[] refusals) => new(null, refusals, [], null);
}

/// <summary>
/// The admission workflow: opens cases, records each step judged by the rules of its date (<see cref="AdmissionJudge"/>),
/// puts the candidate on the registry's rolls as a probationary member at the decision and records the recognition,
/// dated from the end of probation, through <see cref="MemberRegistry"/>. Every write is audited by the context's
/// interceptor; a write against an older <see cref="AdmissionCase.Version"/> is a conflict.
/// </summary>
public sealed class AdmissionWorkflow(
    DangVuDbContext context, MemberRegistry registry, RuleBook book, WorkingDayCalendar calendar, TimeProvider clock, IAuditActor actor,
    ClassCertificates certificates)
{
    /// <summary>Opens a case for a candidate of an active cell, or returns every reason (Vietnamese, by field) it is refused.</summary>
    public async Task<(AdmissionCase? Case, IReadOnlyList<AdmissionError> Errors)> CreateAsync(NewCandidate request, CancellationToken cancellationToken = default)
    {
        var errors = new List<AdmissionError>();
        var today = Today();
        var name = VietnameseText.Normalize(request.FullName);
        if (name.Length == 0)
        {
            errors.Add(new(nameof(AdmissionCase.FullName), "Họ và tên không được để trống."));
        }
        else if (name.Length > MemberLimits.FullName)
        {
            errors.Add(new(nameof(AdmissionCase.FullName), $"Họ và tên dài quá {MemberLimits.FullName} ký tự."));
        }

        if (request.BirthDate.Year < MemberLimits.EarliestBirthYear || request.BirthDate > today)
        {
            errors.Add(new(nameof(AdmissionCase.BirthDate), "Ngày sinh không hợp lệ."));
        }

        if (request.RegisteredOn > today)
        {
            errors.Add(new(nameof(AdmissionCase.RegisteredOn), "Ngày đưa vào danh sách quần chúng ưu tú không được ở tương lai."));
        }
        else if (request.RegisteredOn <= request.BirthDate)
        {
            errors.Add(new(nameof(AdmissionCase.RegisteredOn), "Ngày đưa vào danh sách phải sau ngày sinh."));
        }
        else if (book.Uncovered(request.RegisteredOn) is { } uncovered)
        {
            errors.Add(new(nameof(AdmissionCase.RegisteredOn), uncovered));
        }

        if (!Enum.IsDefined(request.Gender))
        {
            errors.Add(new(nameof(AdmissionCase.Gender), "Hãy chọn giới tính."));
        }

        if (!Enum.IsDefined(request.Source))
        {
            errors.Add(new(nameof(AdmissionCase.Source), "Hãy chọn nguồn quần chúng."));
        }

        if (!Enum.IsDefined(request.Sector))
        {
            errors.Add(new(nameof(AdmissionCase.Sector), "Ngành, lĩnh vực không hợp lệ."));
        }

        var profession = Optional(request.Profession, nameof(AdmissionCase.Profession), "Chuyên môn", MemberLimits.Profession, errors);
        var ethnicity = Optional(request.Ethnicity, nameof(AdmissionCase.Ethnicity), "Dân tộc", MemberLimits.Ethnicity, errors);
        var religion = Optional(request.Religion, nameof(AdmissionCase.Religion), "Tôn giáo", MemberLimits.Religion, errors);
        var hometown = Optional(request.Hometown, nameof(AdmissionCase.Hometown), "Quê quán", MemberLimits.Hometown, errors);

        var cell = await context.Organizations.AsNoTracking().SingleOrDefaultAsync(o => o.Id == request.OrganizationId, cancellationToken);
        if (cell is null || !cell.IsActive || cell.Kind is not (OrganizationKind.Cell or OrganizationKind.GrassrootsCell))
        {
            errors.Add(new(nameof(AdmissionCase.OrganizationId), "Hãy chọn một chi bộ còn hoạt động."));
        }

        if (errors.Count > 0)
        {
            return (null, errors);
        }

        var admission = new AdmissionCase
        {
            FullName = name,
            BirthDate = request.BirthDate,
            Gender = request.Gender,
            Source = request.Source,
            Sector = request.Sector,
            Profession = profession,
            Ethnicity = ethnicity,
            Religion = religion,
            Hometown = hometown,
            OrganizationId = cell!.Id,
            OrganizationPath = cell.Path,
            RegisteredOn = request.RegisteredOn,
            Step = AdmissionStep.Candidate,
            Status = AdmissionStatus.Candidate,
            IsSynthetic = request.IsSynthetic,
        };
        context.AdmissionCases.Add(admission);
        await context.SaveChangesAsync(cancellationToken);
        return (admission, []);
    }

    /// <summary>
    /// Records the case's next step, judged by the rules of its date. Refused (nothing written) with Vietnamese reasons
    /// naming the rule and its source; a failed vote is recorded and leaves the step to be voted again. At the
    /// decision the candidate joins the registry as a probationary member; at the recognition decision the member's
    /// file records the recognition dated from the end of probation, whenever the cell met.
    /// </summary>
    public async Task<StepOutcome> RecordStepAsync(Guid caseId, int expectedVersion, StepRequest request, CancellationToken cancellationToken = default)
    {
        var admission = await context.AdmissionCases.Include(c => c.Steps).SingleOrDefaultAsync(c => c.Id == caseId, cancellationToken);
        if (admission is null)
        {
            return StepOutcome.Refused("Không tìm thấy hồ sơ kết nạp.");
        }

        if (admission.Version != expectedVersion)
        {
            return new(null, [Conflict(admission)], [], null, Conflict: true);
        }

        if (admission.Status == AdmissionStatus.Closed)
        {
            return StepOutcome.Refused("Hồ sơ đã dừng xét, không ghi thêm được.");
        }

        var introducers = new List<(Guid Id, IntroducerFacts Facts)>();
        if (request.Step == AdmissionStep.Introducers)
        {
            var ids = (request.Introducers ?? []).Select(i => i.MemberId).Distinct().ToList();
            var members = await context.Members.AsNoTracking().Include(m => m.Events).Where(m => ids.Contains(m.Id)).ToListAsync(cancellationToken);
            foreach (var chosen in request.Introducers ?? [])
            {
                if (members.SingleOrDefault(m => m.Id == chosen.MemberId) is not { } member)
                {
                    return StepOutcome.Refused("Không tìm thấy đảng viên giới thiệu trong danh sách đảng viên.");
                }

                introducers.Add((member.Id, new IntroducerFacts(member.FullName, member.StatusOn(request.On), chosen.KnownSince)));
            }
        }

        ClassCertificate? certificate = null;
        if (request.CertificateId is { } certificateId)
        {
            (certificate, var refusal) = await certificates.ForStepAsync(admission, request.Step, certificateId, cancellationToken);
            if (certificate is null)
            {
                return StepOutcome.Refused(refusal!);
            }

            // The certificate is the step: its date and number, and it is the document the step files.
            request = request with
            {
                On = certificate.IssuedOn,
                DocumentNumber = certificate.Number,
                Documents = [.. request.Documents.Concat(AdmissionJudge.Documents(book, request.Step, certificate.IssuedOn))],
                Note = request.Note ?? $"Theo giấy chứng nhận của lớp “{certificate.ClassName}”",
            };
        }

        var step = AdmissionSteps.Next(admission.Step);
        var facts = new CaseFacts(
            admission.BirthDate, admission.Step, admission.Steps.Count > 0 ? admission.Steps.Max(s => s.On) : admission.RegisteredOn,
            await CertificateOnAsync(admission, request, cancellationToken), admission.DecisionOn, admission.CeremonyOn,
            admission.Steps.Count(s => s.Step == step && s.Passed == false), Today(), await NewMemberClassOnAsync(admission, request, cancellationToken));
        var input = new StepInput(request.Step, request.On, Clean(request.Documents), request.Vote, [.. introducers.Select(i => i.Facts)], request.OlderApproved);
        var judgement = AdmissionJudge.Judge(facts, input, book, calendar);
        if (!judgement.IsAccepted)
        {
            return new(null, judgement.Refusals, judgement.Warnings, null);
        }

        var note = VietnameseText.Normalize(request.Note) is { Length: > 0 } text ? text : null;
        var number = VietnameseText.Normalize(request.DocumentNumber) is { Length: > 0 } n ? n : null;
        if (note?.Length > 1000 || number?.Length > 64)
        {
            return StepOutcome.Refused("Ghi chú (tối đa 1000 ký tự) hoặc số quyết định (tối đa 64 ký tự) dài quá.");
        }

        var record = new AdmissionStepRecord
        {
            CaseId = admission.Id,
            Step = request.Step,
            On = request.On,
            Passed = judgement.VotePassed,
            Members = request.Vote?.Members,
            Away = request.Vote is { } vote && AdmissionSteps.IsCellVote(request.Step) ? vote.Away : null,
            InFavour = request.Vote?.InFavour,
            Documents = string.Join('\n', input.Documents),
            DocumentNumber = number,
            Note = note,
            Warnings = judgement.Warnings.Count > 0 ? string.Join('\n', judgement.Warnings) : null,
            RuleSetId = judgement.Rules!.Id,
            TrainingEnrolmentId = certificate?.EnrolmentId,
            RecordedBy = actor.Name,
            RecordedAt = clock.GetUtcNow(),
        };
        record.Introducers.AddRange(introducers.Select(i => new AdmissionIntroducer
        {
            StepRecordId = record.Id,
            MemberId = i.Id,
            FullName = i.Facts.Name,
            KnownSince = i.Facts.KnownSince,
        }));

        // Added explicitly: a new row with a client-made key put in a tracked collection would be taken for an existing one.
        context.Add(record);
        if (judgement.Completes)
        {
            Complete(admission, request);
        }

        admission.Version++;
        if (judgement.Completes && request.Step == AdmissionStep.Decision)
        {
            var (member, errors) = await registry.AddAsync(new NewMember(
                admission.FullName, admission.BirthDate, admission.Gender, admission.OrganizationId, request.On, OfficialOn: null,
                admission.Sector, YouthUnionMember: admission.Source == CandidateSource.YouthUnion,
                TradeUnionMember: admission.Source == CandidateSource.TradeUnion, Profession: admission.Profession,
                Ethnicity: admission.Ethnicity ?? MemberLimits.DefaultEthnicity,
                Religion: admission.Religion, Hometown: admission.Hometown, IsSynthetic: admission.IsSynthetic), save: false, cancellationToken);
            if (member is null)
            {
                context.ChangeTracker.Clear();
                return new(null, [.. errors.Select(e => $"Không đưa được vào danh sách đảng viên: {e.Message}")], judgement.Warnings, null);
            }

            admission.MemberId = member.Id;
        }

        if (judgement.Completes && request.Step == AdmissionStep.RecognitionDecision && admission.MemberId is { } memberId)
        {
            // The registry saves the recognition and, in the same SaveChanges, this step and the case.
            var version = await context.Members.Where(m => m.Id == memberId).Select(m => m.Version).SingleAsync(cancellationToken);
            var (recognized, error, conflict) = await registry.RecordEventAsync(
                memberId, version, MemberEventKind.RecognizedOfficial, admission.RecognizedOn!.Value, null,
                $"Quyết định công nhận{(number is null ? "" : $" số {number}")} ngày {VietnameseDates.Numeric(request.On)}", cancellationToken);
            if (recognized is null)
            {
                context.ChangeTracker.Clear();
                return conflict ? new(null, [Conflict(admission)], [], null, Conflict: true) : StepOutcome.Refused(error ?? "Không ghi được.");
            }

            return new(admission, [], judgement.Warnings, judgement.VotePassed);
        }

        try
        {
            await context.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            context.ChangeTracker.Clear();
            return new(null, [Conflict(admission)], [], null, Conflict: true);
        }

        return new(admission, [], judgement.Warnings, judgement.VotePassed);
    }

    /// <summary>
    /// Stops a case: a candidate not admitted, or a probationary member not recognized (whose file then records the
    /// removal, xoá tên, on <paramref name="on"/>).
    /// </summary>
    public async Task<StepOutcome> CloseAsync(Guid caseId, int expectedVersion, DateOnly on, string reason, CancellationToken cancellationToken = default)
    {
        var admission = await context.AdmissionCases.Include(c => c.Steps).SingleOrDefaultAsync(c => c.Id == caseId, cancellationToken);
        if (admission is null)
        {
            return StepOutcome.Refused("Không tìm thấy hồ sơ kết nạp.");
        }

        if (admission.Version != expectedVersion)
        {
            return new(null, [Conflict(admission)], [], null, Conflict: true);
        }

        var text = VietnameseText.Normalize(reason);
        var last = admission.Steps.Count > 0 ? admission.Steps.Max(s => s.On) : admission.RegisteredOn;
        string? refusal = admission.Status is AdmissionStatus.Closed or AdmissionStatus.Official ? "Hồ sơ đã khép lại."
            : text.Length == 0 ? "Hãy ghi lý do dừng xét."
            : text.Length > 1000 ? "Lý do dài quá 1000 ký tự."
            : on > Today() ? "Ngày dừng xét không được ở tương lai."
            : on < last ? "Ngày dừng xét sớm hơn bước gần nhất của hồ sơ."
            : null;
        if (refusal is not null)
        {
            return StepOutcome.Refused(refusal);
        }

        var wasProbationary = admission.Status == AdmissionStatus.Probationary;
        admission.Status = AdmissionStatus.Closed;
        admission.ClosedOn = on;
        admission.ClosedReason = text;
        admission.Version++;
        if (wasProbationary && admission.MemberId is { } memberId)
        {
            var version = await context.Members.Where(m => m.Id == memberId).Select(m => m.Version).SingleAsync(cancellationToken);
            var (removed, error, conflict) = await registry.RecordEventAsync(
                memberId, version, MemberEventKind.Removed, on, null, $"Không công nhận đảng viên chính thức: {text}", cancellationToken);
            if (removed is null)
            {
                context.ChangeTracker.Clear();
                return conflict ? new(null, [Conflict(admission)], [], null, Conflict: true) : StepOutcome.Refused(error ?? "Không ghi được.");
            }

            return new(admission, [], [], null);
        }

        try
        {
            await context.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            context.ChangeTracker.Clear();
            return new(null, [Conflict(admission)], [], null, Conflict: true);
        }

        return new(admission, [], [], null);
    }

    private void Complete(AdmissionCase admission, StepRequest request)
    {
        admission.Step = request.Step;
        switch (request.Step)
        {
            case AdmissionStep.AwarenessClass:
                admission.CertificateIssuedOn = request.On;
                break;
            case AdmissionStep.Decision:
                admission.DecisionOn = request.On;
                admission.Status = AdmissionStatus.Probationary;
                break;
            case AdmissionStep.Ceremony:
                admission.CeremonyOn = request.On;
                admission.ProbationEndsOn = AdmissionJudge.ProbationEnds(book, request.On);
                break;
            case AdmissionStep.RecognitionDecision:
                // Official from the end of probation, however late the cell met.
                admission.RecognizedOn = admission.ProbationEndsOn;
                admission.Status = AdmissionStatus.Official;
                break;
        }
    }

    /// <summary>An optional text field, normalized (null when blank); over <paramref name="limit"/> characters it is refused.</summary>
    private static string? Optional(string? text, string field, string label, int limit, List<AdmissionError> errors)
    {
        var value = VietnameseText.Normalize(text) is { Length: > 0 } normalized ? normalized : null;
        if (value?.Length > limit)
        {
            errors.Add(new(field, $"{label} dài quá {limit} ký tự."));
        }

        return value;
    }

    /// <summary>At the cell's vote, the latest awareness certificate: typed on the case, or issued by a class on or before the vote.</summary>
    private async Task<DateOnly?> CertificateOnAsync(AdmissionCase admission, StepRequest request, CancellationToken cancellationToken)
    {
        if (request.Step != AdmissionStep.CellVote)
        {
            return admission.CertificateIssuedOn;
        }

        var fromClass = await certificates.LatestAwarenessAsync(admission.Id, request.On, cancellationToken);
        return fromClass > admission.CertificateIssuedOn || admission.CertificateIssuedOn is null ? fromClass : admission.CertificateIssuedOn;
    }

    /// <summary>At the recognition vote, when the new-member class was completed: the step recorded, or a class's record of the member.</summary>
    private async Task<DateOnly?> NewMemberClassOnAsync(AdmissionCase admission, StepRequest request, CancellationToken cancellationToken)
    {
        if (request.Step != AdmissionStep.RecognitionCellVote)
        {
            return null;
        }

        var typed = admission.Steps.Where(s => s.Step == AdmissionStep.NewMemberClass).Select(s => (DateOnly?)s.On).Min();
        var fromClass = admission.MemberId is { } member ? await certificates.NewMemberClassCompletedAsync(member, cancellationToken) : null;
        return new[] { typed, fromClass }.Where(d => d is not null).Min();
    }

    private static List<string> Clean(IReadOnlyCollection<string> documents) =>
        [.. documents.Select(VietnameseText.Normalize).Where(d => d.Length > 0).Distinct()];

    private static string Conflict(AdmissionCase admission) =>
        $"Hồ sơ kết nạp của {admission.FullName} vừa được người khác thay đổi; hãy tải lại rồi làm lại.";

    private DateOnly Today() => VietnameseDates.Today(clock);
}
