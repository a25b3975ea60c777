using DangVu.Core.Training;
using DangVu.Data.Organizations;
using DangVu.Data.Training;
using DangVu.Web.Access;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace DangVu.Web.Features.Training.Pages;

[Authorize(Policy = Policies.Secretary)]
public sealed class CreateModel(OrganizationQueries organizations, TrainingRegistry registry, IAuthorizationService authorization) : PageModel
{
    [BindProperty] public TrainingKind? Kind { get; set; }

    [BindProperty] public string? Name { get; set; }

    [BindProperty] public string? Topic { get; set; }

    [BindProperty] public Guid? Organizer { get; set; }

    [BindProperty] public string? StartsOn { get; set; }

    [BindProperty] public string? EndsOn { get; set; }

    [BindProperty] public string? Place { get; set; }

    /// <summary>One session a line: "dd/mm/yyyy nội dung".</summary>
    [BindProperty] public string? Sessions { get; set; }

    public IReadOnlyList<OrganizationNode> Organizers { get; private set; } = [];

    public IReadOnlyList<string> Refusals { get; private set; } = [];

    public async Task OnGetAsync() => Organizers = await TrainingForms.OrganizersAsync(User, authorization, organizations);

    public async Task<IActionResult> OnPostAsync()
    {
        Organizers = await TrainingForms.OrganizersAsync(User, authorization, organizations);
        var refusals = new List<string>();
        if (Organizer is not { } organizerId || Organizers.All(o => o.Id != organizerId))
        {
            refusals.Add("Hãy chọn tổ chức mở lớp.");
        }

        if (Kind is null)
        {
            refusals.Add("Hãy chọn loại lớp.");
        }

        var starts = TrainingForms.Date(StartsOn, "Ngày khai giảng", refusals);
        var ends = TrainingForms.Date(EndsOn, "Ngày kết thúc", refusals);
        var sessions = TrainingForms.Sessions(Sessions, refusals);
        if (refusals.Count == 0)
        {
            var outcome = await registry.CreateAsync(new NewTrainingClass(new ClassPlan(Kind!.Value, Name ?? string.Empty, Topic, starts!.Value, ends!.Value, sessions), Organizer!.Value, Place));
            if (outcome.Class is { } created)
            {
                return Redirect($"/hoc-tap/lop/{created.Id}?da-ghi=1");
            }

            refusals.AddRange(outcome.Refusals);
        }

        Refusals = refusals;
        return Page();
    }
}
