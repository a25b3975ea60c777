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
        organizations.MapPost("/{id:guid}/dissolve", DissolveOrganization).WithName("DissolveOrganization").RequireAuthorization(Policies.Office);
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
        RestructureAsync(id, request, user, authorization, queries, [], () => restructuring.RenameAsync(id, request.Version, request.Name, request.ToDecision()));

    public static async Task<Results<Ok<OrganizationDto>, ValidationProblem, ForbidHttpResult, NotFound, Conflict<ProblemDetails>>> MoveOrganization(
        Guid id, MoveOrganizationRequest request, ClaimsPrincipal user, IAuthorizationService authorization,
        OrganizationQueries queries, OrganizationRestructuring restructuring)
    {
        var newParent = request.NewParent is { } parentId ? await queries.FindAsync(parentId) : null;
        return await RestructureAsync(id, request, user, authorization, queries, newParent is null ? [] : [newParent.Path],
            () => restructuring.MoveAsync(id, request.Version, request.NewParent ?? Guid.Empty, request.ToDecision()));
    }

    public static async Task<Results<Ok<OrganizationDto>, ValidationProblem, ForbidHttpResult, NotFound, Conflict<ProblemDetails>>> MergeOrganizations(
        Guid id, MergeOrganizationsRequest request, ClaimsPrincipal user, IAuthorizationService authorization,
        OrganizationQueries queries, OrganizationRestructuring restructuring)
    {
        var sourcePaths = new List<string>();
        foreach (var sourceId in request.Sources)
        {
            if (await queries.FindAsync(sourceId) is not { } source)
            {
                return TypedResults.NotFound();
            }

            sourcePaths.Add(source.Path);
        }

        return await RestructureAsync(id, request, user, authorization, queries, sourcePaths,
            () => restructuring.MergeAsync(request.Sources, id, request.ToDecision()));
    }

    public static Task<Results<Ok<OrganizationDto>, ValidationProblem, ForbidHttpResult, NotFound, Conflict<ProblemDetails>>> DissolveOrganization(
        Guid id, DissolveOrganizationRequest request, ClaimsPrincipal user, IAuthorizationService authorization,
        OrganizationQueries queries, OrganizationRestructuring restructuring) =>
        RestructureAsync(id, request, user, authorization, queries, [], () => restructuring.DissolveAsync(id, request.Version, request.ToDecision()));

    /// <summary>Validates, checks the Office role over the organization and every other one the change touches, then runs it.</summary>
    private static async Task<Results<Ok<OrganizationDto>, ValidationProblem, ForbidHttpResult, NotFound, Conflict<ProblemDetails>>> RestructureAsync(
        Guid id, RestructureRequest request, ClaimsPrincipal user, IAuthorizationService authorization, OrganizationQueries queries,
        IReadOnlyCollection<string> otherPaths, Func<Task<RestructureResult>> change)
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

        var result = await change();
        if (result.Conflict)
        {
            return TypedResults.Conflict(new ProblemDetails { Title = "Xung đột chỉnh sửa", Detail = result.Error, Status = StatusCodes.Status409Conflict });
        }

        return result.Organization is { } changed ? TypedResults.Ok(Dto(changed)) : Refused(result.Error);
    }

    private static OrganizationDto Dto(PartyOrganization organization) => OrganizationDto.From(OrganizationNode.Of(organization));

    private static ValidationProblem Refused(string? error) =>
        TypedResults.ValidationProblem(new Dictionary<string, string[]> { [string.Empty] = [error ?? "Không thực hiện được."] });
}
