using DangVu.Core.Admission;
using DangVu.Core.Members;
using DangVu.Data.Admission;
using DangVu.Data.Members;
using DangVu.Data.Organizations;
using DangVu.Web.Access;
using DangVu.Web.Features.Members;
using DangVu.Web.Forms;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace DangVu.Web.Features.Admission.Pages;

[Authorize(Policy = Policies.Secretary)]
public sealed class CreateModel(AdmissionWorkflow workflow, OrganizationQueries organizations, IAuthorizationService authorization) : PageModel
{
    [BindProperty] public string? FullName { get; set; }

    [BindProperty] public string? BirthDate { get; set; }

    [BindProperty] public Gender? Gender { get; set; }

    [BindProperty] public CandidateSource? Source { get; set; }

    [BindProperty] public Sector Sector { get; set; } = Sector.Other;

    [BindProperty] public string? Profession { get; set; }

    [BindProperty] public string? Ethnicity { get; set; } = MemberLimits.DefaultEthnicity;

    [BindProperty] public string? Religion { get; set; }

    [BindProperty] public string? Hometown { get; set; }

    [BindProperty] public Guid? Organization { get; set; }

    [BindProperty] public string? RegisteredOn { get; set; }

    public IReadOnlyList<OrganizationNode> Cells { get; private set; } = [];

    public Dictionary<string, string> Errors { get; } = [];

    public async Task OnGetAsync() => Cells = await authorization.EditableCellsAsync(User, organizations);

    public async Task<IActionResult> OnPostAsync()
    {
        Cells = await authorization.EditableCellsAsync(User, organizations);
        if (Organization is { } cell && Cells.All(c => c.Id != cell))
        {
            return Forbid();
        }

        var birth = ParseDate(BirthDate, nameof(BirthDate), "ngày sinh");
        var registered = ParseDate(RegisteredOn, nameof(RegisteredOn), "ngày đưa vào danh sách");
        if (string.IsNullOrWhiteSpace(FullName))
        {
            Errors[nameof(FullName)] = "Họ và tên không được để trống.";
        }

        if (Gender is null)
        {
            Errors[nameof(Gender)] = "Hãy chọn giới tính.";
        }

        if (Source is null)
        {
            Errors[nameof(Source)] = "Hãy chọn nguồn quần chúng.";
        }

        if (Organization is null)
        {
            Errors[nameof(Organization)] = "Hãy chọn chi bộ.";
        }

        if (Errors.Count > 0)
        {
            return Page();
        }

        var (admission, errors) = await workflow.CreateAsync(new NewCandidate(
            FullName!, birth!.Value, Gender!.Value, Source!.Value, Sector, Organization!.Value, registered!.Value, Profession,
            Ethnicity: Ethnicity, Religion: Religion, Hometown: Hometown));
        if (admission is null)
        {
            foreach (var error in errors)
            {
                Errors.TryAdd(error.Field == nameof(AdmissionCase.OrganizationId) ? nameof(Organization) : error.Field, error.Message);
            }

            return Page();
        }

        return Redirect($"/ket-nap/{admission.Id}");
    }

    public string? ErrorOf(string field) => Errors.GetValueOrDefault(field);

    private DateOnly? ParseDate(string? text, string field, string label)
    {
        var date = TypedDate.Read(text, label, out var refusal);
        if (refusal is not null)
        {
            Errors[field] = refusal;
        }

        return date;
    }
}
