using DangVu.Data.Training;
using DangVu.Web.Access;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace DangVu.Web.Features.Training.Pages;

/// <summary>The signed-in member's own classes: to attend, attended, and the certificates held.</summary>
[Authorize(Policy = Policies.SignedIn)]
public sealed class MineModel(ICurrentMember me, TrainingQueries classes, TimeProvider clock) : PageModel
{
    public bool HasMemberFile { get; private set; }

    public IReadOnlyList<ClassOfMember> Upcoming { get; private set; } = [];

    public IReadOnlyList<ClassOfMember> Past { get; private set; } = [];

    public IReadOnlyList<ClassOfMember> Certificates { get; private set; } = [];

    public DateOnly Today { get; private set; }

    public async Task OnGetAsync()
    {
        Today = Core.Text.VietnameseDates.Today(clock);
        if (await me.MemberIdAsync(User, HttpContext.RequestAborted) is not { } memberId)
        {
            return;
        }

        HasMemberFile = true;
        var mine = await classes.OfMemberAsync(memberId, HttpContext.RequestAborted);
        Upcoming = [.. mine.Where(c => c.Class.EndsOn >= Today).OrderBy(c => c.Class.StartsOn)];
        Past = [.. mine.Where(c => c.Class.EndsOn < Today)];
        Certificates = [.. mine.Where(c => c.Enrolment.HasCertificate).OrderByDescending(c => c.Enrolment.CertificateIssuedOn)];
    }

    public static string Numeric(DateOnly date) => Core.Text.VietnameseDates.Numeric(date);
}
