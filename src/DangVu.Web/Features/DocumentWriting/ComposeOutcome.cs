using DangVu.Data.DocumentWriting;

namespace DangVu.Web.Features.DocumentWriting;

/// <summary>What a save from the form or the API came to: the document, the refused fields, or why nothing was done.</summary>
public sealed record ComposeOutcome(
    WrittenDocument? Document,
    IReadOnlyDictionary<string, string> Errors,
    WritingRefusal? Refusal = null,
    string? Message = null,
    bool Forbidden = false)
{
    public static ComposeOutcome Invalid(IReadOnlyDictionary<string, string> errors) => new(null, errors);

    public static ComposeOutcome From(WritingOutcome outcome) =>
        new(outcome.Document, new Dictionary<string, string>(), outcome.Refusal, outcome.Message);

    public static ComposeOutcome NotAllowed() => new(null, new Dictionary<string, string>(), Forbidden: true);
}
