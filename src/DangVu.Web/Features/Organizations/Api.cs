using System.Security.Claims;
using DangVu.Core.Organizations;
using DangVu.Data.Organizations;
using DangVu.Web.Access;
using DangVu.Web.Api;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace DangVu.Web.Features.Organizations;

/// <summary>/api/organizations: the tree (now or on a date), one organization with its history, and restructuring.</summary>
internal static class OrganizationsApi
{
    public static RouteGroupBuilder MapOrganizationsApi(this RouteGroupBuilder api)
    {
        var organizations = api.MapGroup("/organizations").WithTags("Cây tổ chức").RequireAuthorization(Policies.SignedIn);
        organizations.MapGet("/", ListOrganizations).WithName("ListOrganizations");
        organizations.MapGet("/{id:guid}", GetOrganization).WithName("GetOrganization");
        organizations.MapPost("/", CreateOrganization).WithName("CreateOrganization").RequireAuthorization(Policies.Office);
        organizations.MapPost("/{id:guid}/rename", RenameOrganization).WithName("RenameOrganization").RequireAuthorization(Policies.Office);
        organizations.MapPost("/{id:guid}/move", MoveOrganization).WithName("MoveOrganization").RequireAuthorization(Policies.Office);
        organizations.MapPost("/{id:guid}/merge", MergeOrganizations).WithName("MergeOrganizations").RequireAuthorization(Policies.Office);
        organizations.MapPost("/{id:guid}/split", SplitOrganization).WithName("SplitOrganization").RequireAuthorization(Policies.Office);
        organizations.MapPost("/{id:guid}/dissolve", DissolveOrganization).WithName("DissolveOrganization").RequireAuthorization(Policies.Office);
        // Previews take the operation's own body and answer what it would do, writing nothing.
        organizations.MapPost("/{id:guid}/move/preview", PreviewMove).WithName("PreviewMoveOrganization").RequireAuthorization(Policies.Office);
        organizations.MapPost("/{id:guid}/merge/preview", PreviewMerge).WithName("PreviewMergeOrganizations").RequireAuthorization(Policies.Office);
        organizations.MapPost("/{id:guid}/split/preview", PreviewSplit).WithName("PreviewSplitOrganization").RequireAuthorization(Policies.Office);
        organizations.MapPost("/{id:guid}/dissolve/preview", PreviewDissolve).WithName("PreviewDissolveOrganization").RequireAuthorization(Policies.Office);
        return api;
    }

    /// <summary>The organizations the caller's grants reach, parents first; with <paramref name="on"/>, as they stood that day.</summary>
    public static async Task<Ok<IReadOnlyList<OrganizationDto>>> ListOrganizations(ClaimsPrincipal user, OrganizationQueries queries, DateOnly? on)
    {
        var scopes = user.ReadableScopes();
        var nodes = on is { } date ? await queries.OnDateAsync(date, scopes) : await queries.CurrentAsync(scopes);
        return TypedResults.Ok<IReadOnlyList<OrganizationDto>>(nodes.Select(OrganizationDto.From).ToList());
    }

    public static async Task<Results<Ok<OrganizationDetailDto>, NotFound>> GetOrganization(Guid id, ClaimsPrincipal user, OrganizationQueries queries)
    {
        var organization = await queries.FindAsync(id);
        // Out of scope answers as "not found": the caller learns nothing about organizations they may not see.
        if (organization is null || !user.CanReadOrganization(organization.Path))
        {
            return TypedResults.NotFound();
        }

        var history = await queries.HistoryAsync(id);
        return TypedResults.Ok(new OrganizationDetailDto(
            Dto(organization), organization.EstablishedOn, organization.DissolvedOn, history.Select(OrganizationChangeDto.From).ToList()));
    }

    public static async Task<Results<Created<OrganizationDto>, ValidationProblem, ForbidHttpResult>> CreateOrganization(
        CreateOrganizationRequest request, ClaimsPrincipal user, IAuthorizationService authorization,
        OrganizationQueries queries, OrganizationRestructuring restructuring)
    {
        if (RequestValidation.Errors(request) is { } invalid)
        {
            return TypedResults.ValidationProblem(invalid);
        }

        var parentPath = request.Parent is { } parentId ? (await queries.FindAsync(parentId))?.Path : OrganizationPath.Root;
        if (parentPath is null)
        {
            return Refused("Không tìm thấy tổ chức cấp trên.");
        }

        if (!await authorization.AllowsAsync(user, Policies.Office, parentPath))
        {
            return TypedResults.Forbid();
        }

        var result = await restructuring.CreateAsync(
            new NewOrganization(request.Name, request.Kind, request.Type, request.Agency, request.Parent), request.ToDecision());
        return result.Organization is { } created
            ? TypedResults.Created($"/api/organizations/{created.Id}", Dto(created))
            : Refused(result.Error);
    }

    public static Task<Results<Ok<OrganizationDto>, ValidationProblem, ForbidHttpResult, NotFound, Conflict<ProblemDetails>>> RenameOrganization(
        Guid id, RenameOrganizationRequest request, ClaimsPrincipal user, IAuthorizationService authorization,
        OrganizationQueries queries, OrganizationRestructuring restructuring) =>
        RestructureAsync(id, request, user, authorization, queries, [],
            async () => Done(await restructuring.RenameAsync(id, request.Version, request.Name, request.ToDecision())));

    public static async Task<Results<Ok<OrganizationDto>, ValidationProblem, ForbidHttpResult, NotFound, Conflict<ProblemDetails>>> MoveOrganization(
        Guid id, MoveOrganizationRequest request, ClaimsPrincipal user, IAuthorizationService authorization,
        OrganizationQueries queries, OrganizationRestructuring restructuring) =>
        await RestructureAsync(id, request, user, authorization, queries, await MovePathsAsync(request, queries),
            async () => Done(await restructuring.MoveAsync(id, request.Version, request.NewParent ?? Guid.Empty, request.ToDecision())));

    public static async Task<Results<Ok<RestructurePreviewDto>, ValidationProblem, ForbidHttpResult, NotFound, Conflict<ProblemDetails>>> PreviewMove(
        Guid id, MoveOrganizationRequest request, ClaimsPrincipal user, IAuthorizationService authorization,
        OrganizationQueries queries, RestructurePreview preview) =>
        await RestructureAsync(id, request, user, authorization, queries, await MovePathsAsync(request, queries),
            async () => Previewed(await preview.MoveAsync(id, request.Version, request.NewParent ?? Guid.Empty, request.ToDecision())));

    public static async Task<Results<Ok<OrganizationDto>, ValidationProblem, ForbidHttpResult, NotFound, Conflict<ProblemDetails>>> MergeOrganizations(
        Guid id, MergeOrganizationsRequest request, ClaimsPrincipal user, IAuthorizationService authorization,
        OrganizationQueries queries, OrganizationRestructuring restructuring) =>
        await MergePathsAsync(request, queries) is { } sourcePaths
            ? await RestructureAsync(id, request, user, authorization, queries, sourcePaths,
                async () => Done(await restructuring.MergeAsync(request.Sources, id, request.ToDecision())))
            : TypedResults.NotFound();

    public static async Task<Results<Ok<RestructurePreviewDto>, ValidationProblem, ForbidHttpResult, NotFound, Conflict<ProblemDetails>>> PreviewMerge(
        Guid id, MergeOrganizationsRequest request, ClaimsPrincipal user, IAuthorizationService authorization,
        OrganizationQueries queries, RestructurePreview preview) =>
        await MergePathsAsync(request, queries) is { } sourcePaths
            ? await RestructureAsync(id, request, user, authorization, queries, sourcePaths,
                async () => Previewed(await preview.MergeAsync(request.Sources, id, request.ToDecision())))
            : TypedResults.NotFound();

    /// <summary>Splits the organization into the new ones the request describes; Office over it and over each new one's parent.</summary>
    public static async Task<Results<Ok<SplitResultDto>, ValidationProblem, ForbidHttpResult, NotFound, Conflict<ProblemDetails>>> SplitOrganization(
        Guid id, SplitOrganizationRequest request, ClaimsPrincipal user, IAuthorizationService authorization,
        OrganizationQueries queries, OrganizationRestructuring restructuring) =>
        await RestructureAsync(id, request, user, authorization, queries, await SplitPathsAsync(id, request, queries), async () =>
        {
            var result = await restructuring.SplitAsync(id, request.Version, request.ToUnits(), request.ToDecision());
            return new Outcome<SplitResultDto>(result.Organization is { } source ? new SplitResultDto(Dto(source), result.Created.Select(Dto).ToList()) : null, result.Error, result.Conflict);
        });

    public static async Task<Results<Ok<RestructurePreviewDto>, ValidationProblem, ForbidHttpResult, NotFound, Conflict<ProblemDetails>>> PreviewSplit(
        Guid id, SplitOrganizationRequest request, ClaimsPrincipal user, IAuthorizationService authorization,
        OrganizationQueries queries, RestructurePreview preview) =>
        await RestructureAsync(id, request, user, authorization, queries, await SplitPathsAsync(id, request, queries),
            async () => Previewed(await preview.SplitAsync(id, request.Version, request.ToUnits(), request.ToDecision())));

    public static Task<Results<Ok<OrganizationDto>, ValidationProblem, ForbidHttpResult, NotFound, Conflict<ProblemDetails>>> DissolveOrganization(
        Guid id, DissolveOrganizationRequest request, ClaimsPrincipal user, IAuthorizationService authorization,
        OrganizationQueries queries, OrganizationRestructuring restructuring) =>
        RestructureAsync(id, request, user, authorization, queries, [],
            async () => Done(await restructuring.DissolveAsync(id, request.Version, request.ToDecision())));

    public static Task<Results<Ok<RestructurePreviewDto>, ValidationProblem, ForbidHttpResult, NotFound, Conflict<ProblemDetails>>> PreviewDissolve(
        Guid id, DissolveOrganizationRequest request, ClaimsPrincipal user, IAuthorizationService authorization,
        OrganizationQueries queries, RestructurePreview preview) =>
        RestructureAsync(id, request, user, authorization, queries, [],
            async () => Previewed(await preview.DissolveAsync(id, request.Version, request.ToDecision())));

    /// <summary>
    /// Validates, checks the Office role over the organization and every other one the change touches, then runs it (or
    /// its preview). A stale version answers 409; a refusal 400 for an operation, and 200 with the refusal for a preview.
    /// </summary>
    private static async Task<Results<Ok<T>, ValidationProblem, ForbidHttpResult, NotFound, Conflict<ProblemDetails>>> RestructureAsync<T>(
        Guid id, RestructureRequest request, ClaimsPrincipal user, IAuthorizationService authorization, OrganizationQueries queries,
        IReadOnlyCollection<string> otherPaths, Func<Task<Outcome<T>>> change)
        where T : class
    {
        if (RequestValidation.Errors(request) is { } invalid)
        {
            return TypedResults.ValidationProblem(invalid);
        }

        var organization = await queries.FindAsync(id);
        if (organization is null || !user.CanReadOrganization(organization.Path))
        {
            return TypedResults.NotFound();
        }

        foreach (var path in otherPaths.Prepend(organization.Path))
        {
            if (!await authorization.AllowsAsync(user, Policies.Office, path))
            {
                return TypedResults.Forbid();
            }
        }

        var outcome = await change();
        if (outcome.Conflict)
        {
            return TypedResults.Conflict(new ProblemDetails { Title = "Xung đột chỉnh sửa", Detail = outcome.Error, Status = StatusCodes.Status409Conflict });
        }

        return outcome.Value is { } value ? TypedResults.Ok(value) : Refused(outcome.Error);
    }

    /// <summary>What a handler hands back: the answer, or why it was refused and whether as a conflict.</summary>
    private sealed record Outcome<T>(T? Value, string? Error, bool Conflict)
        where T : class;

    private static Outcome<OrganizationDto> Done(RestructureResult result) =>
        new(result.Organization is { } changed ? Dto(changed) : null, result.Error, result.Conflict);

    private static Outcome<RestructurePreviewDto> Previewed(RestructurePreviewResult preview) =>
        new(preview.Conflict ? null : RestructurePreviewDto.From(preview), preview.Refusal, preview.Conflict);

    private static async Task<IReadOnlyCollection<string>> MovePathsAsync(MoveOrganizationRequest request, OrganizationQueries queries) =>
        request.NewParent is { } parentId && await queries.FindAsync(parentId) is { } parent ? [parent.Path] : [];

    /// <summary>The paths of the organizations merged in; null when one of them does not exist.</summary>
    private static async Task<IReadOnlyCollection<string>?> MergePathsAsync(MergeOrganizationsRequest request, OrganizationQueries queries)
    {
        var sourcePaths = new List<string>();
        foreach (var sourceId in request.Sources ?? [])
        {
            if (await queries.FindAsync(sourceId) is not { } source)
            {
                return null;
            }

            sourcePaths.Add(source.Path);
        }

        return sourcePaths;
    }

    /// <summary>The paths of the parents the new organizations will stand under (the root when the split one is at the top).</summary>
    private static async Task<IReadOnlyCollection<string>> SplitPathsAsync(Guid id, SplitOrganizationRequest request, OrganizationQueries queries)
    {
        var source = await queries.FindAsync(id);
        var paths = new HashSet<string>(StringComparer.Ordinal);
        foreach (var parentId in (request.Units ?? []).Select(unit => unit?.Parent ?? source?.ParentId).Distinct())
        {
            if (parentId is null)
            {
                paths.Add(OrganizationPath.Root);
            }
            else if (await queries.FindAsync(parentId.Value) is { } parent)
            {
                paths.Add(parent.Path);
            }
        }

        return paths;
    }

    private static OrganizationDto Dto(PartyOrganization organization) => OrganizationDto.From(OrganizationNode.Of(organization));

    private static ValidationProblem Refused(string? error) =>
        TypedResults.ValidationProblem(new Dictionary<string, string[]> { [string.Empty] = [error ?? "Không thực hiện được."] });
}
