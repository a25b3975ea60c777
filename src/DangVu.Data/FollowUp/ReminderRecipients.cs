using DangVu.Core.Access;
using DangVu.Core.FollowUp;
using DangVu.Core.Organizations;

namespace DangVu.Data.FollowUp;

/// <summary>
/// Turns a reminder's audience into accounts. The lead organization: the secretaries whose grant is nearest above it (the
/// organization's own secretary before the bloc's), else the nearest office. The issuing office: the office accounts whose
/// grant is nearest above the issuing organization. The tracking officer: that account.
/// </summary>
internal sealed class ReminderRecipients(IReadOnlyList<(Guid UserId, Role Role, string ScopePath)> grants)
{
    public IEnumerable<Guid> For(ReminderAudience audience, string leadPath, string issuingPath, Guid? trackingOfficer)
    {
        var recipients = new HashSet<Guid>();
        if (audience.HasFlag(ReminderAudience.LeadOrganization))
        {
            var secretaries = Nearest(Role.Secretary, leadPath);
            recipients.UnionWith(secretaries.Count > 0 ? secretaries : Nearest(Role.Office, leadPath));
        }

        if (audience.HasFlag(ReminderAudience.TrackingOfficer) && trackingOfficer is { } officer)
        {
            recipients.Add(officer);
        }

        if (audience.HasFlag(ReminderAudience.IssuingOffice))
        {
            recipients.UnionWith(Nearest(Role.Office, issuingPath));
        }

        return recipients.Order();
    }

    private List<Guid> Nearest(Role role, string path)
    {
        var covering = grants.Where(g => g.Role == role && OrganizationPath.IsWithin(path, g.ScopePath)).ToList();
        if (covering.Count == 0)
        {
            return [];
        }

        var nearest = covering.Max(g => g.ScopePath.Length);
        return [.. covering.Where(g => g.ScopePath.Length == nearest).Select(g => g.UserId).Distinct()];
    }
}
