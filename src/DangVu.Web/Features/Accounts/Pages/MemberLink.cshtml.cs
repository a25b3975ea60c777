using DangVu.Data;
using DangVu.Data.Accounts;
using DangVu.Data.Members;
using DangVu.Web.Access;
using DangVu.Web.Features.Members;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace DangVu.Web.Features.Accounts.Pages;

/// <summary>Links an account to the member file of its owner, found by name, card number or birth year.</summary>
[Authorize(Policy = Policies.Admin)]
public sealed class MemberLinkModel(AccountService accounts, MemberQueries members, DangVuDbContext database) : PageModel
{
    private const int Matches = 20;

    public AppUser Account { get; private set; } = null!;

    public PartyMember? Linked { get; private set; }

    public IReadOnlyList<MemberSearchHit> Found { get; private set; } = [];

    [BindProperty(SupportsGet = true, Name = "q")]
    public string? Query { get; set; }

    public string? Error { get; private set; }

    public string? Message { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id)
    {
        if (!await LoadAsync(id))
        {
            return NotFound();
        }

        if (!string.IsNullOrWhiteSpace(Query))
        {
            Found = await members.SearchAsync(Query, User.ReadableMemberScopes(), Matches);
        }

        return Page();
    }

    public Task<IActionResult> OnPostLinkAsync(Guid id, Guid memberId) => SetAsync(id, memberId, "Đã gắn tài khoản với hồ sơ đảng viên.");

    public Task<IActionResult> OnPostUnlinkAsync(Guid id) => SetAsync(id, null, "Đã bỏ gắn hồ sơ đảng viên.");

    private async Task<IActionResult> SetAsync(Guid id, Guid? memberId, string done)
    {
        if (memberId is { } chosen && (await members.FindAsync(chosen) is not { } member || !User.CanRead(member)))
        {
            return NotFound();
        }

        var (user, error) = await accounts.LinkMemberAsync(id, memberId);
        if (user is null && !await LoadAsync(id))
        {
            return NotFound();
        }

        (Error, Message) = (error, error is null ? done : null);
        await LoadAsync(id);
        return Page();
    }

    private async Task<bool> LoadAsync(Guid id)
    {
        if (await database.Users.AsNoTracking().SingleOrDefaultAsync(user => user.Id == id) is not { } account)
        {
            return false;
        }

        Account = account;
        Linked = account.MemberId is { } memberId ? await members.FindAsync(memberId) : null;
        return true;
    }
}
