namespace DangVu.Data.FollowUp;

/// <summary>A paragraph of a directive that may become a task: a numbered task ("5") or another paragraph ("đoạn 12").</summary>
/// <param name="Number">How the task names it.</param>
/// <param name="Text">Its words.</param>
/// <param name="IsTask">Whether the parser counted it among the document's tasks.</param>
public sealed record DirectiveParagraph(string Number, string Text, bool IsTask);

/// <summary>A document offered in the list of what may be turned into tasks.</summary>
public sealed record DirectiveSourceSummary(string Key, string NumberSymbol, string? Title, DateOnly? Date, int TaskCount);

/// <summary>
/// A document the follow-up feature can turn into tasks: its key in the register, number-symbol, title, date, the
/// organization that issued it (when the register knows it), its parsed tasks, its other paragraphs, and the words
/// around the tasks (their section's heading) that may set their term ("trong thời gian còn lại của năm 2008").
/// </summary>
public sealed record DirectiveSource(
    string Key, string NumberSymbol, string? Title, DateOnly? Date, Guid? IssuingOrganizationId, string? IssuerName,
    IReadOnlyList<DirectiveParagraph> Tasks, IReadOnlyList<DirectiveParagraph> Paragraphs, string? TermContext)
{
    /// <summary>A task or paragraph by its number.</summary>
    public DirectiveParagraph? Find(string number) =>
        Tasks.FirstOrDefault(t => t.Number == number) ?? Paragraphs.FirstOrDefault(p => p.Number == number);
}
