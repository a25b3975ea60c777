namespace DangVu.Data.Training;

/// <summary>
/// The result of a change to a class: the class as saved, or the Vietnamese refusals (nothing written); a stale version
/// is a <see cref="Conflict"/>, an unknown class <see cref="NotFound"/>.
/// </summary>
public sealed record TrainingOutcome(TrainingClass? Class, IReadOnlyList<string> Refusals, bool Conflict = false, bool NotFound = false)
{
    public static TrainingOutcome Refused(IEnumerable<string> refusals) => new(null, [.. refusals]);

    public static TrainingOutcome Refused(string refusal) => new(null, [refusal]);

    public static TrainingOutcome Missing { get; } = new(null, ["Không tìm thấy lớp học."], NotFound: true);

    public static TrainingOutcome Stale(TrainingClass training) =>
        new(null, [$"Lớp “{training.Name}” vừa được người khác thay đổi; hãy tải lại rồi làm lại."], Conflict: true);
}
