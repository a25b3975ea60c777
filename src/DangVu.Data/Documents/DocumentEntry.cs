using DangVu.Core.Documents;

namespace DangVu.Data.Documents;

/// <summary>
/// What the user confirmed about a document: its parts (as read, then corrected; the warnings are ignored) and the
/// organization whose register holds it.
/// </summary>
public sealed record DocumentEntry(Guid OrganizationId, ParsedDocument Parts, bool IsSynthetic = false);

/// <summary>The original file as uploaded.</summary>
public sealed record DocumentUpload(string FileName, byte[] Bytes);

/// <summary>A refusal for one field (the property name of <see cref="ParsedDocument"/>, or "File", "OrganizationId").</summary>
public sealed record DocumentError(string Field, string Message);

/// <summary>The registered (or corrected) document, or why not; <c>Conflict</c> when the caller's version is stale.</summary>
public sealed record DocumentOutcome(RegisteredDocument? Document, IReadOnlyList<DocumentError> Errors, bool Conflict = false);
