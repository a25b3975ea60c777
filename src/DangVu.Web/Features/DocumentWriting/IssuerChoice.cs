namespace DangVu.Web.Features.DocumentWriting;

/// <summary>An organization the caller may issue documents for, with what the form proposes for its header.</summary>
internal sealed record IssuerChoice(Guid Id, string Name, string Path, string Issuer, string Code, IReadOnlyList<string> Parents);
