namespace DangVu.Core.DocumentWriting;

/// <summary>A field the composer refused, named as in <see cref="DocumentInput"/>, with a Vietnamese message.</summary>
public sealed record CompositionError(string Field, string Message);
