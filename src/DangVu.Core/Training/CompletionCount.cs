namespace DangVu.Core.Training;

/// <summary>How many of an organization's members must study something, have studied it, and are exempt.</summary>
/// <param name="Required">Members who must study it.</param>
/// <param name="Completed">Of them, those who have.</param>
/// <param name="Exempt">Members on the rolls whom the rules exempt (not in <paramref name="Required"/>).</param>
public sealed record CompletionCount(int Required, int Completed, int Exempt)
{
    /// <summary>Those who must and have not.</summary>
    public int Missing => Required - Completed;

    /// <summary>The share completed (0–1); null when nobody must study it.</summary>
    public double? Rate => Required == 0 ? null : (double)Completed / Required;

    /// <summary>The sum of two counts.</summary>
    public CompletionCount Plus(CompletionCount other) => new(Required + other.Required, Completed + other.Completed, Exempt + other.Exempt);

    /// <summary>Nobody.</summary>
    public static CompletionCount None { get; } = new(0, 0, 0);
}
