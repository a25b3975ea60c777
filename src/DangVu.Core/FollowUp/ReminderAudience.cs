namespace DangVu.Core.FollowUp;

/// <summary>Who a reminder goes to; the data layer turns each into accounts.</summary>
[Flags]
public enum ReminderAudience
{
    /// <summary>Nobody.</summary>
    None = 0,

    /// <summary>The lead organization (its secretaries).</summary>
    LeadOrganization = 1,

    /// <summary>The task's tracking officer (cán bộ theo dõi).</summary>
    TrackingOfficer = 2,

    /// <summary>The office of the organization that issued the task (văn phòng cấp uỷ).</summary>
    IssuingOffice = 4,
}
