namespace DangVu.Core.FollowUp;

/// <summary>Where a tracked task's words come from.</summary>
public enum TaskSourceKind
{
    /// <summary>A numbered task the parser found in a document.</summary>
    DocumentTask = 1,

    /// <summary>Another paragraph of a document that the user picked.</summary>
    DocumentParagraph = 2,

    /// <summary>Any other text: a decision of a cell meeting, a line typed by the office.</summary>
    Text = 3,
}
