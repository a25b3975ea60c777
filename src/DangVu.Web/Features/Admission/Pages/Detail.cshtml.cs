using DangVu.Core.Admission;
using DangVu.Core.Rules;
using DangVu.Core.Text;
using DangVu.Core.Training;
using DangVu.Data.Admission;
using DangVu.Data.Members;
using DangVu.Data.Organizations;
using DangVu.Data.Training;
using DangVu.Web.Access;
using DangVu.Web.Features.Members;
using DangVu.Web.Forms;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace DangVu.Web.Features.Admission.Pages;

[Authorize(Policy = Policies.MemberReader)]
public sealed class DetailModel(
    AdmissionQueries cases, AdmissionWorkflow workflow, OrganizationQueries organizations, MemberQueries members,
    IAuthorizationService authorization, RuleBook book, TimeProvider clock, ClassCertificates certificates) : PageModel
{
    public AdmissionCase? Case { get; private set; }

    public string OrganizationName { get; private set; } = string.Empty;

    public bool CanRecord { get; private set; }

    public AdmissionStep? NextStep { get; private set; }

    /// <summary>The documents the rules of the form's date (today unless typed) list for the next step.</summary>
    public IReadOnlyList<string> RequiredDocuments { get; private set; } = [];

    public IReadOnlyList<PlacedMember> CellMembers { get; private set; } = [];

    public IReadOnlyList<AdmissionAlert> Alerts { get; private set; } = [];

    public IReadOnlyList<string> Refusals { get; private set; } = [];

    /// <summary>For the awareness and new-member class steps: the certificates classes issued to this person, to record the step from.</summary>
    public IReadOnlyList<ClassCertificate> Certificates { get; private set; } = [];

    [BindProperty] public Guid? CertificateId { get; set; }

    public string? Message { get; private set; }

    [BindProperty] public int Version { get; set; }

    [BindProperty] public string? On { get; set; }

    [BindProperty] public List<string> Documents { get; set; } = [];

    [BindProperty] public int? Members { get; set; }

    [BindProperty] public int? Away { get; set; }

    [BindProperty] public int? InFavour { get; set; }

    [BindProperty] public Guid? Introducer1 { get; set; }

    [BindProperty] public string? KnownSince1 { get; set; }

    [BindProperty] public Guid? Introducer2 { get; set; }

    [BindProperty] public string? KnownSince2 { get; set; }

    [BindProperty] public string? DocumentNumber { get; set; }

    [BindProperty] public string? Note { get; set; }

    [BindProperty] public bool OlderApproved { get; set; }

    [BindProperty] public string? Reason { get; set; }

    public async Task<IActionResult> OnGetAsync(Guid id, [FromQuery(Name = "da-ghi")] int? saved)
    {
        if (!await LoadAsync(id, takeVersion: true))
        {
            return NotFound();
        }

        Message = saved switch
        {
            1 => "Đã ghi vào hồ sơ.",
            2 => "Đã ghi kết quả biểu quyết: chưa đạt, bước này cần biểu quyết lại.",
            3 => "Đã dừng xét hồ sơ.",
            _ => null,
        };
        return Page();
    }

    public async Task<IActionResult> OnPostStepAsync(Guid id)
    {
        if (!await LoadAsync(id))
        {
            return NotFound();
        }

        if (!CanRecord || NextStep is not { } step)
        {
            return Forbid();
        }

        var refusals = new List<string>();
        // A class's certificate gives the step its date; the workflow takes it from the certificate.
        var on = CertificateId is not null && string.IsNullOrWhiteSpace(On) ? VietnameseDates.Today(clock) : Date(On, "ngày", refusals);
        var introducers = new List<IntroducerRequest>();
        if (step == AdmissionStep.Introducers)
        {
            foreach (var (member, since, n) in new[] { (Introducer1, KnownSince1, 1), (Introducer2, KnownSince2, 2) })
            {
                if (member is null)
                {
                    continue;
                }

                if (CellMembers.All(m => m.Id != member) && (await members.FindAsync(member.Value) is not { } found || !User.CanRead(found)))
                {
                    return Forbid();
                }

                if (Date(since, $"ngày người giới thiệu thứ {n} bắt đầu cùng công tác", refusals) is { } knownSince)
                {
                    introducers.Add(new(member.Value, knownSince));
                }
            }
        }

        VoteCount? vote = null;
        if (AdmissionSteps.IsVote(step))
        {
            if (Members is null || InFavour is null)
            {
                refusals.Add("Hãy nhập số thành viên và số tán thành.");
            }
            else
            {
                vote = new VoteCount(Members.Value, Away ?? 0, InFavour.Value);
            }
        }

        if (refusals.Count == 0)
        {
            var outcome = await workflow.RecordStepAsync(id, Version, new StepRequest(step, on!.Value, Documents, vote, introducers, DocumentNumber, Note, OlderApproved, CertificateId));
            if (outcome.Case is not null)
            {
                return Redirect($"/ket-nap/{id}?da-ghi={(outcome.VotePassed == false ? 2 : 1)}");
            }

            refusals.AddRange(outcome.Refusals);
        }

        Refusals = refusals;
        // The form takes the stored version: after a conflict, sending again is a deliberate choice.
        await LoadAsync(id, takeVersion: true);
        return Page();
    }

    public async Task<IActionResult> OnPostCloseAsync(Guid id)
    {
        if (!await LoadAsync(id))
        {
            return NotFound();
        }

        if (!CanRecord)
        {
            return Forbid();
        }

        var refusals = new List<string>();
        var on = Date(On, "ngày dừng xét", refusals);
        if (refusals.Count == 0)
        {
            var outcome = await workflow.CloseAsync(id, Version, on!.Value, Reason ?? string.Empty);
            if (outcome.Case is not null)
            {
                return Redirect($"/ket-nap/{id}?da-ghi=3");
            }

            refusals.AddRange(outcome.Refusals);
        }

        Refusals = refusals;
        await LoadAsync(id, takeVersion: true);
        return Page();
    }

    public static string Numeric(DateOnly? date) => date is { } d ? VietnameseDates.Numeric(d) : "—";

    private static DateOnly? Date(string? text, string label, List<string> refusals)
    {
        var date = TypedDate.Read(text, label, out var refusal);
        if (refusal is not null)
        {
            refusals.Add(refusal);
        }

        return date;
    }

    private async Task<bool> LoadAsync(Guid id, bool takeVersion = false)
    {
        Case = await cases.FindAsync(id);
        if (Case is null || !User.CanRead(Case))
        {
            return false;
        }

        OrganizationName = (await organizations.FindAsync(Case.OrganizationId))?.Name ?? string.Empty;
        CanRecord = await authorization.CanRecordAsync(User, Case);
        NextStep = Case.Status is AdmissionStatus.Closed ? null : AdmissionSteps.Next(Case.Step);
        var today = VietnameseDates.Today(clock);
        var formDate = VietnameseDates.TryParse(On, out var typed) && book.TryOn(typed, out _) ? typed : today;
        RequiredDocuments = NextStep is { } next ? AdmissionJudge.Documents(book, next, formDate) : [];
        Alerts = cases.AlertsOf(Case, today);
        if (CanRecord && NextStep is AdmissionStep.AwarenessClass or AdmissionStep.NewMemberClass)
        {
            Certificates = [.. (await certificates.OfAsync(Case.Id, Case.MemberId)).Where(c => TrainingKinds.AdmissionStep(c.Kind) == NextStep)];
        }

        if (CanRecord && NextStep == AdmissionStep.Introducers)
        {
            CellMembers = await organizations.MembersOnTheRollsAsync(Case.OrganizationId);
        }

        if (takeVersion)
        {
            Version = Case.Version;
        }

        return true;
    }
}
