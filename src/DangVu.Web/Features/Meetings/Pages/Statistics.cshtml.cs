using DangVu.Data.Meetings;
using DangVu.Data.Organizations;
using DangVu.Web.Access;
using Microsoft.AspNetCore.Authorization;

namespace DangVu.Web.Features.Meetings.Pages;

/// <summary>Meetings held, attendance, thematic meetings and flags of a subtree over a period, with charts by month.</summary>
[Authorize(Policy = Policies.MemberReader)]
public sealed class StatisticsModel(OrganizationQueries organizations, MeetingOversight oversight, TimeProvider clock)
    : ReviewPageModel(organizations, oversight, clock)
{
    public static string Share(int count, int max) => Features.Statistics.Pages.IndexModel.Share(count, max);

    /// <summary>A rate (0–1) as a bar's length on the chart's 0–100 scale.</summary>
    public static string RateShare(double? rate) => ((rate ?? 0) * 100).ToString("0.#", System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>"87,5%", or "—" when nobody was expected.</summary>
    public static string Rate(double? rate) => rate is { } value ? (value * 100).ToString("0.0", System.Globalization.CultureInfo.GetCultureInfo("vi-VN")) + "%" : "—";
}
