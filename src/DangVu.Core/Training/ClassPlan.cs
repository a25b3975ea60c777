namespace DangVu.Core.Training;

/// <summary>A class as typed: kind, name, the resolution it studies (for a study), its dates and its sessions.</summary>
/// <param name="Kind">The kind of class.</param>
/// <param name="Name">Its name ("Lớp bồi dưỡng nhận thức về Đảng khoá I năm 2026").</param>
/// <param name="Topic">The resolution studied (a study of a resolution), or the subject; may be empty for other kinds.</param>
/// <param name="StartsOn">First day.</param>
/// <param name="EndsOn">Last day: certificates are issued from it on.</param>
/// <param name="Sessions">The sessions' dates and titles.</param>
public sealed record ClassPlan(TrainingKind Kind, string Name, string? Topic, DateOnly StartsOn, DateOnly EndsOn, IReadOnlyList<SessionPlan> Sessions);

/// <summary>One session of a class.</summary>
/// <param name="On">Its day.</param>
/// <param name="Title">What it covers ("Chuyên đề 1: …").</param>
public sealed record SessionPlan(DateOnly On, string Title);
