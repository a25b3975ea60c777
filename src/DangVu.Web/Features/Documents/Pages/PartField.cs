namespace DangVu.Web.Features.Documents.Pages;

/// <summary>One part of the preview form: its <see cref="DocumentForm"/> property, label, value, doubt and error.</summary>
public sealed record PartField(string Name, string Label, string? Value, bool Doubtful, string? Error, int Lines = 1, string? Placeholder = null, bool Wide = false);
