using System.Security.Claims;
using DangVu.Core.Text;
using DangVu.Core.Training;
using DangVu.Data.Organizations;
using DangVu.Web.Access;
using Microsoft.AspNetCore.Authorization;

namespace DangVu.Web.Features.Training.Pages;

/// <summary>What the class forms share: typed dates, the session lines, and the organizations a caller may open classes in.</summary>
internal static class TrainingForms
{
    /// <summary>A date typed as day/month/year, or a Vietnamese refusal naming the field.</summary>
    public static DateOnly? Date(string? text, string label, List<string> refusals)
    {
        if (VietnameseDates.TryParse(text, out var date))
        {
            return date;
        }

        refusals.Add(string.IsNullOrWhiteSpace(text) ? $"{label}: hãy nhập ngày." : $"{label}: không đọc được “{text}”, hãy viết ngày/tháng/năm.");
        return null;
    }

    /// <summary>Sessions typed one a line as "dd/mm/yyyy nội dung" (a dash or colon after the date is allowed).</summary>
    public static IReadOnlyList<SessionPlan> Sessions(string? text, List<string> refusals)
    {
        var sessions = new List<SessionPlan>();
        foreach (var line in (text ?? string.Empty).Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0))
        {
            var space = line.IndexOfAny([' ', '\t']);
            var datePart = space < 0 ? line : line[..space];
            if (!VietnameseDates.TryParse(datePart, out var on))
            {
                refusals.Add($"Dòng “{line}”: hãy bắt đầu bằng ngày học (ngày/tháng/năm) rồi đến nội dung.");
                continue;
            }

            sessions.Add(new SessionPlan(on, space < 0 ? string.Empty : line[space..].Trim().TrimStart('-', ':', '–').Trim()));
        }

        return sessions;
    }

    /// <summary>The active organizations of the caller's reach where they may open a class (secretary or office there).</summary>
    public static async Task<IReadOnlyList<OrganizationNode>> OrganizersAsync(ClaimsPrincipal user, IAuthorizationService authorization, OrganizationQueries organizations)
    {
        var organizers = new List<OrganizationNode>();
        foreach (var node in await organizations.CurrentAsync(user.ReadableScopes()))
        {
            if (await authorization.CanOrganizeAsync(user, node.Path))
            {
                organizers.Add(node);
            }
        }

        return organizers;
    }
}
