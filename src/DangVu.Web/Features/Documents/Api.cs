using System.Security.Claims;
using DangVu.Data.Audit;
using DangVu.Data.Documents;
using DangVu.Data.Organizations;
using DangVu.Web.Access;
using DangVu.Web.Api;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace DangVu.Web.Features.Documents;

/// <summary>
/// /api/documents: search the register of the caller's subtrees, a document with its citation graph, its original file
/// (audited), reading an upload for a preview, registering it and correcting it (the office of the document's
/// organization).
/// </summary>
internal static class DocumentsApi
{
    public static RouteGroupBuilder MapDocumentsApi(this RouteGroupBuilder api)
    {
        var documents = api.MapGroup("/documents").WithTags("Văn bản").RequireAuthorization(Policies.DocumentReader);
        documents.MapGet("/", SearchDocuments).WithName("SearchDocuments");
        documents.MapGet("/{id:guid}", GetDocument).WithName("GetDocument");
        documents.MapGet("/{id:guid}/graph", GetDocumentGraph).WithName("GetDocumentGraph");
        documents.MapGet("/{id:guid}/file", DownloadDocumentFile).WithName("DownloadDocumentFile");
        documents.MapPost("/preview", PreviewDocument).WithName("PreviewDocument").RequireAuthorization(Policies.Office);
        documents.MapPost("/", RegisterDocument).WithName("RegisterDocument").RequireAuthorization(Policies.Office);
        documents.MapPut("/{id:guid}", UpdateDocument).WithName("UpdateDocument").RequireAuthorization(Policies.Office);
        return api;
    }

    /// <summary>By number-symbol, type code, issuer, date range (<c>yyyy-MM-dd</c>) and words of the text, in any spelling.</summary>
    public static async Task<Ok<DocumentPageDto>> SearchDocuments(
        ClaimsPrincipal user, DocumentQueries queries, string? symbol, string? type, string? issuer, DateOnly? from, DateOnly? to, string? q,
        int page = 1, int pageSize = DocumentSearch.DefaultPageSize)
    {
        var found = await queries.SearchAsync(new DocumentSearch(symbol, type, issuer, from, to, q, page, pageSize), user.ReadableDocumentScopes());
        return TypedResults.Ok(DocumentPageDto.From(found));
    }

    public static async Task<Results<Ok<DocumentDto>, NotFound>> GetDocument(Guid id, ClaimsPrincipal user, DocumentQueries queries) =>
        await queries.FindAsync(id, user.ReadableDocumentScopes()) is { } view ? TypedResults.Ok(DocumentDto.From(view)) : TypedResults.NotFound();

    /// <summary>What the document cites (placeholders included) and the documents the caller may read that cite it.</summary>
    public static async Task<Results<Ok<DocumentGraphDto>, NotFound>> GetDocumentGraph(Guid id, ClaimsPrincipal user, DocumentQueries queries) =>
        await queries.FindAsync(id, user.ReadableDocumentScopes()) is { } view ? TypedResults.Ok(DocumentGraphDto.From(view)) : TypedResults.NotFound();

    /// <summary>The original file, as uploaded; each download is written to the audit log.</summary>
    public static async Task<Results<FileContentHttpResult, NotFound>> DownloadDocumentFile(
        Guid id, ClaimsPrincipal user, DocumentQueries queries, AuditLog audit, CancellationToken cancellationToken) =>
        await DocumentDownload.FindAsync(id, user, queries, audit, cancellationToken) is { } file
            ? TypedResults.File(file.Bytes, file.ContentType, file.FileName)
            : TypedResults.NotFound();

    /// <summary>Reads a file (base64 in JSON) and holds it for <see cref="RegisterDocument"/>; a file it cannot take is a 400 in Vietnamese.</summary>
    public static async Task<Results<Ok<DocumentPreviewDto>, ValidationProblem>> PreviewDocument(
        PreviewDocumentRequest request, ClaimsPrincipal user, DocumentUploads uploads, CancellationToken cancellationToken)
    {
        if (RequestValidation.Errors(request) is { } invalid)
        {
            return TypedResults.ValidationProblem(invalid);
        }

        byte[] bytes;
        try
        {
            bytes = Convert.FromBase64String(request.Content!);
        }
        catch (FormatException)
        {
            return FileProblem("Nội dung tệp không phải base64.");
        }

        var (preview, error) = await uploads.PreviewAsync(user.UserId(), request.FileName!, bytes, cancellationToken);
        return preview is null ? FileProblem(error!) : TypedResults.Ok(DocumentPreviewDto.From(preview));
    }

    /// <summary>Registers a previewed file, with the parts as confirmed, in the register of an organization the caller's office grant reaches.</summary>
    public static async Task<Results<Created<DocumentDto>, ValidationProblem, ForbidHttpResult>> RegisterDocument(
        SaveDocumentRequest request, ClaimsPrincipal user, IAuthorizationService authorization, OrganizationQueries organizations,
        DocumentUploads uploads, DocumentRegister register, DocumentQueries queries, CancellationToken cancellationToken)
    {
        if (RequestValidation.Errors(request) is { } invalid)
        {
            return TypedResults.ValidationProblem(invalid);
        }

        var organization = await organizations.FindAsync(request.Organization!.Value, cancellationToken);
        if (organization is null || !user.CanReadOrganization(organization.Path))
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { [nameof(request.Organization)] = ["Không tìm thấy tổ chức giữ văn bản."] });
        }

        if (!await authorization.CanRegisterDocumentsAsync(user, organization.Path))
        {
            return TypedResults.Forbid();
        }

        if (await uploads.ReopenAsync(user.UserId(), request.Token, request.FileName, cancellationToken) is not { } held)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { [nameof(request.Token)] = [DocumentUploads.Expired] });
        }

        var outcome = await register.RegisterAsync(new DocumentEntry(organization.Id, request.Apply(held.Read)), held.File, cancellationToken);
        if (outcome.Document is null)
        {
            return TypedResults.ValidationProblem(Problems(outcome.Errors), title: "Văn bản chưa được đăng ký.");
        }

        uploads.Remove(user.UserId(), request.Token!);
        var view = await queries.FindAsync(outcome.Document.Id, user.ReadableDocumentScopes(), cancellationToken);
        return TypedResults.Created($"/api/documents/{outcome.Document.Id}", DocumentDto.From(view!));
    }

    /// <summary>Corrects a registered document's parts; a stale <c>version</c> is 409.</summary>
    public static async Task<Results<Ok<DocumentDto>, ValidationProblem, NotFound, ForbidHttpResult, Conflict<ProblemDetails>>> UpdateDocument(
        Guid id, UpdateDocumentRequest request, ClaimsPrincipal user, IAuthorizationService authorization, DocumentQueries queries,
        DocumentRegister register, CancellationToken cancellationToken)
    {
        if (RequestValidation.Errors(request) is { } invalid)
        {
            return TypedResults.ValidationProblem(invalid);
        }

        var view = await queries.FindAsync(id, user.ReadableDocumentScopes(), cancellationToken);
        if (view is null)
        {
            return TypedResults.NotFound();
        }

        if (!await authorization.CanRegisterDocumentsAsync(user, view.OrganizationPath))
        {
            return TypedResults.Forbid();
        }

        var read = Core.Documents.DocumentParser.Parse(view.Document.FullText);
        var outcome = await register.UpdateAsync(id, request.Version!.Value, request.Apply(read with
        {
            References = [.. view.Cites.Select(c => new Core.Documents.ParsedReference(c.Citation.NumberSymbol, c.Citation.CitedOn, c.Citation.CitedIssuer))],
        }), cancellationToken);
        if (outcome.Conflict)
        {
            return TypedResults.Conflict(new ProblemDetails
            {
                Title = "Xung đột chỉnh sửa",
                Detail = outcome.Errors[0].Message,
                Status = StatusCodes.Status409Conflict,
            });
        }

        return outcome.Document is null
            ? TypedResults.ValidationProblem(Problems(outcome.Errors), title: "Văn bản chưa được sửa.")
            : TypedResults.Ok(DocumentDto.From((await queries.FindAsync(id, user.ReadableDocumentScopes(), cancellationToken))!));
    }

    private static ValidationProblem FileProblem(string message) =>
        TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["content"] = [message] }, title: "Không đọc được tệp.");

    private static Dictionary<string, string[]> Problems(IEnumerable<DocumentError> errors) =>
        errors.GroupBy(e => e.Field.Length == 0 ? string.Empty : char.ToLowerInvariant(e.Field[0]) + e.Field[1..])
            .ToDictionary(g => g.Key, g => g.Select(e => e.Message).ToArray());
}
