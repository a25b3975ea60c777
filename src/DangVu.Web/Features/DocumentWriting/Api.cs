using System.Security.Claims;
using DangVu.Core.DocumentWriting;
using DangVu.Data.DocumentWriting;
using DangVu.Data.Organizations;
using DangVu.Web.Access;
using DangVu.Web.Api;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace DangVu.Web.Features.DocumentWriting;

/// <summary>
/// /api/document-writing: compose party documents as drafts, issue them (the serial is given then), and download
/// them as DOCX or PDF in the party format. Secretaries and the office of the issuer's subtree, and administrators.
/// </summary>
internal static class DocumentWritingApi
{
    public static RouteGroupBuilder MapDocumentWritingApi(this RouteGroupBuilder api)
    {
        var writing = api.MapGroup("/document-writing").WithTags("Soạn thảo văn bản").RequireAuthorization(Policies.Secretary);
        writing.MapGet("/types", ListKinds).WithName("ListDocumentKinds");
        writing.MapGet("/issuers", ListIssuers).WithName("ListDocumentIssuers");
        writing.MapGet("/documents", ListDocuments).WithName("ListWrittenDocuments");
        writing.MapGet("/documents/{id:guid}", GetDocument).WithName("GetWrittenDocument");
        writing.MapPost("/documents", CreateDocument).WithName("CreateWrittenDocument");
        writing.MapPut("/documents/{id:guid}", UpdateDocument).WithName("UpdateWrittenDocument");
        writing.MapPost("/documents/{id:guid}/issue", IssueDocument).WithName("IssueWrittenDocument");
        writing.MapGet("/documents/{id:guid}/docx", DownloadDocx).WithName("DownloadWrittenDocumentDocx");
        writing.MapGet("/documents/{id:guid}/pdf", DownloadPdf).WithName("DownloadWrittenDocumentPdf");
        return api;
    }

    /// <summary>The kinds of document, with their type codes.</summary>
    public static Ok<IReadOnlyList<DocumentKindDto>> ListKinds() =>
        TypedResults.Ok<IReadOnlyList<DocumentKindDto>>([.. DocumentKinds.All.Select(kind => new DocumentKindDto(kind.Code, kind.Name, kind.IsLetter))]);

    /// <summary>The organizations the caller may issue for, each with the header it proposes.</summary>
    public static async Task<Ok<IReadOnlyList<IssuerDto>>> ListIssuers(
        ClaimsPrincipal user, IAuthorizationService authorization, OrganizationQueries organizations, CancellationToken cancellationToken) =>
        TypedResults.Ok<IReadOnlyList<IssuerDto>>([.. (await authorization.IssuersAsync(user, organizations, cancellationToken)).Select(IssuerDto.From)]);

    /// <summary>Drafts and issued documents of the caller's subtrees, newest first (at most 200).</summary>
    public static async Task<Ok<IReadOnlyList<WrittenDocumentDto>>> ListDocuments(
        ClaimsPrincipal user, WrittenDocumentQueries documents, WrittenDocumentStatus? status, CancellationToken cancellationToken)
    {
        var found = await documents.ListAsync(user.WritableScopes(), status, cancellationToken);
        return TypedResults.Ok<IReadOnlyList<WrittenDocumentDto>>([.. found.Select(WrittenDocumentDto.From)]);
    }

    public static async Task<Results<Ok<WrittenDocumentDto>, NotFound>> GetDocument(
        Guid id, ClaimsPrincipal user, DocumentComposing composing, CancellationToken cancellationToken) =>
        await composing.FindAsync(user, id, cancellationToken) is { } entry ? TypedResults.Ok(WrittenDocumentDto.From(entry)) : TypedResults.NotFound();

    /// <summary>Saves a draft: no serial yet ("Số      -TB/TU"). Wrong or missing fields are refused in Vietnamese, by field.</summary>
    public static async Task<Results<Created<WrittenDocumentDto>, ValidationProblem, ForbidHttpResult>> CreateDocument(
        DocumentRequest request, ClaimsPrincipal user, DocumentComposing composing, CancellationToken cancellationToken)
    {
        var outcome = await composing.SaveAsync(user, null, null, request.Organization, request.ToInput(), cancellationToken);
        if (outcome.Forbidden)
        {
            return TypedResults.Forbid();
        }

        if (outcome.Document is null)
        {
            return Invalid(outcome);
        }

        var entry = (await composing.FindAsync(user, outcome.Document.Id, cancellationToken))!;
        return TypedResults.Created(DocumentWritingPaths.Api + $"/documents/{outcome.Document.Id}", WrittenDocumentDto.From(entry));
    }

    /// <summary>Changes a draft read at <c>version</c>; an issued document is fixed (409), a stale version is 409.</summary>
    public static async Task<Results<Ok<WrittenDocumentDto>, ValidationProblem, NotFound, ForbidHttpResult, Conflict<ProblemDetails>>> UpdateDocument(
        Guid id, DocumentRequest request, ClaimsPrincipal user, DocumentComposing composing, CancellationToken cancellationToken)
    {
        if (await composing.FindAsync(user, id, cancellationToken) is null)
        {
            return TypedResults.NotFound();
        }

        var outcome = await composing.SaveAsync(user, id, request.Version, request.Organization, request.ToInput(), cancellationToken);
        if (outcome.Forbidden)
        {
            return TypedResults.Forbid();
        }

        return outcome.Refusal switch
        {
            WritingRefusal.NotFound => TypedResults.NotFound(),
            WritingRefusal refusal => TypedResults.Conflict(Problem(refusal, outcome.Message)),
            null when outcome.Document is null => Invalid(outcome),
            null => TypedResults.Ok(WrittenDocumentDto.From((await composing.FindAsync(user, id, cancellationToken))!)),
        };
    }

    /// <summary>Issues a draft: gives it the next serial of its issuer, type and committee term (else year), and fixes it.</summary>
    public static async Task<Results<Ok<WrittenDocumentDto>, ValidationProblem, NotFound, Conflict<ProblemDetails>, ProblemHttpResult>> IssueDocument(
        Guid id, IssueRequest request, ClaimsPrincipal user, DocumentComposing composing, DocumentIssuing issuing, CancellationToken cancellationToken)
    {
        if (RequestValidation.Errors(request) is { } invalid)
        {
            return TypedResults.ValidationProblem(invalid);
        }

        if (await composing.FindAsync(user, id, cancellationToken) is null)
        {
            return TypedResults.NotFound();
        }

        var outcome = await issuing.IssueAsync(id, request.Version!.Value, cancellationToken);
        return outcome.Refusal switch
        {
            WritingRefusal.NotFound => TypedResults.NotFound(),
            WritingRefusal.Busy => TypedResults.Problem(outcome.Message, statusCode: StatusCodes.Status503ServiceUnavailable, title: "Chưa phát hành"),
            WritingRefusal refusal => TypedResults.Conflict(Problem(refusal, outcome.Message)),
            null => TypedResults.Ok(WrittenDocumentDto.From((await composing.FindAsync(user, id, cancellationToken))!)),
        };
    }

    /// <summary>The document as a Word file in the party format (a draft with its serial left blank).</summary>
    public static async Task<Results<FileContentHttpResult, NotFound>> DownloadDocx(
        Guid id, ClaimsPrincipal user, DocumentComposing composing, CancellationToken cancellationToken) =>
        await composing.FindAsync(user, id, cancellationToken) is { } entry
            ? TypedResults.File(WrittenDocumentFiles.Docx(entry.Document), WrittenDocumentFiles.DocxContentType, WrittenDocumentFiles.FileName(entry.Document, "docx"))
            : TypedResults.NotFound();

    /// <summary>The document as a PDF (A4, with its text, the font embedded).</summary>
    public static async Task<Results<FileContentHttpResult, NotFound>> DownloadPdf(
        Guid id, ClaimsPrincipal user, DocumentComposing composing, CancellationToken cancellationToken) =>
        await composing.FindAsync(user, id, cancellationToken) is { } entry
            ? TypedResults.File(WrittenDocumentFiles.Pdf(entry.Document), WrittenDocumentFiles.PdfContentType, WrittenDocumentFiles.FileName(entry.Document, "pdf"))
            : TypedResults.NotFound();

    private static ValidationProblem Invalid(ComposeOutcome outcome) =>
        TypedResults.ValidationProblem(outcome.Errors.ToDictionary(pair => pair.Key, pair => new[] { pair.Value }), title: "Văn bản chưa lưu.");

    private static ProblemDetails Problem(WritingRefusal refusal, string? message) => new()
    {
        Title = refusal == WritingRefusal.AlreadyIssued ? "Văn bản đã phát hành" : "Xung đột chỉnh sửa",
        Detail = message,
        Status = StatusCodes.Status409Conflict,
    };
}
