using DangVu.Data.FollowUp;
using DangVu.Web.Access;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace DangVu.Web.Features.FollowUp.Pages;

/// <summary>/thong-bao: the signed-in account's notifications (reminders and escalations), newest first.</summary>
public sealed class NotificationsModel(NotificationInbox inbox) : PageModel
{
    public IReadOnlyList<Notification> Notifications { get; private set; } = [];

    public async Task OnGetAsync() => Notifications = await inbox.ListAsync(User.UserId());

    public async Task<IActionResult> OnPostAsync()
    {
        await inbox.MarkReadAsync(User.UserId(), null);
        return RedirectToPage();
    }
}
