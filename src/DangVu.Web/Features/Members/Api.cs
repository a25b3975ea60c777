using System.Security.Claims;
using DangVu.Data.Audit;
using DangVu.Data.Members;
using DangVu.Data.Organizations;
using DangVu.Web.Access;
using DangVu.Web.Api;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace DangVu.Web.Features.Members;

/// <summary>/api/members: search within the caller's subtrees, a member's file, putting members on the rolls and correcting their files, and the audited view of identity numbers.</summary>
internal static class MembersApi
{
    public const int MaxPage = 200;

    public static RouteGroupBuilder MapMembersApi(this RouteGroupBuilder api)
    {
        var members = api.MapGroup("/members").WithTags("Đảng viên").RequireAuthorization(Policies.MemberReader);
        members.MapGet("/", SearchMembers).WithName("SearchMembers");
        members.MapGet("/{id:guid}", GetMember).WithName("GetMember");
        members.MapPost("/", CreateMember).WithName("CreateMember").RequireAuthorization(Policies.Secretary);
        members.MapPut("/{id:guid}", UpdateMember).WithName("UpdateMember").RequireAuthorization(Policies.Secretary);
        members.MapPost("/{id:guid}/identity", RevealIdentity).WithName("RevealMemberIdentity");
        members.MapPost("/{id:guid}/events", RecordEvent).WithName("RecordMemberEvent").RequireAuthorization(Policies.Secretary);
        return api;
    }

    /// <summary>By name (any spelling, prefix as typed), card number or birth year; under <paramref name="under"/> when given.</summary>
    public static async Task<Results<Ok<IReadOnlyList<MemberSummaryDto>>, NotFound>> SearchMembers(
        ClaimsPrincipal user, MemberQueries members, OrganizationQueries organizations, string? q, Guid? under, int take = 50)
    {
        var scopes = user.ReadableMemberScopes();
        if (under is { } organizationId)
        {
            var organization = await organizations.FindAsync(organizationId);
            if (organization is null || !scopes.Any(scope => Core.Organizations.OrganizationPath.IsWithin(organization.Path, scope)))
            {
                return TypedResults.NotFound();
            }

            scopes = [organization.Path];
        }

        var found = await members.SearchAsync(q, scopes, Math.Clamp(take, 1, MaxPage));
        return TypedResults.Ok<IReadOnlyList<MemberSummaryDto>>(found.Select(MemberSummaryDto.From).ToList());
    }

    public static async Task<Results<Ok<MemberDetailDto>, NotFound>> GetMember(Guid id, ClaimsPrincipal user, MemberQueries members)
    {
        var member = await members.FindAsync(id);
        return member is not null && user.CanRead(member) ? TypedResults.Ok(MemberDetailDto.From(member, revealed: false)) : TypedResults.NotFound();
    }

    /// <summary>Puts a member on the rolls of a cell the caller (office or secretary) reaches; identity numbers only from those who may read them there.</summary>
    public static async Task<Results<Created<MemberDetailDto>, ValidationProblem, ForbidHttpResult>> CreateMember(
        CreateMemberRequest request, ClaimsPrincipal user, IAuthorizationService authorization, OrganizationQueries organizations, MemberRegistry registry)
    {
        if (RequestValidation.Errors(request) is { } invalid)
        {
            return TypedResults.ValidationProblem(invalid);
        }

        var cell = await organizations.FindAsync(request.Organization!.Value);
        if (cell is null)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { [nameof(request.Organization)] = ["Không tìm thấy chi bộ."] });
        }

        if (!await authorization.CanEditMembersAsync(user, cell.Path))
        {
            return TypedResults.Forbid();
        }

        var (card, cardChanges) = MemberIdentityInput.Resolve(request.CardNumber, stored: null);
        var (citizenId, citizenIdChanges) = MemberIdentityInput.Resolve(request.CitizenId, stored: null);
        if ((cardChanges || citizenIdChanges) && !user.CanSeeIdentity(cell.Path))
        {
            return TypedResults.Forbid();
        }

        var (member, errors) = await registry.AddAsync(NewMember.From(request.ToChanges(card, citizenId), cell.Id));
        return member is null
            ? TypedResults.ValidationProblem(ByField(errors))
            : TypedResults.Created($"/api/members/{member.Id}", MemberDetailDto.From(member, revealed: false));
    }

    /// <summary>
    /// Corrects a member's file (not placement or status: those are events). The caller sends the version they read;
    /// if someone saved in between, 409 and nothing is written.
    /// </summary>
    public static async Task<Results<Ok<MemberDetailDto>, ValidationProblem, NotFound, ForbidHttpResult, Conflict<ProblemDetails>>> UpdateMember(
        Guid id, UpdateMemberRequest request, ClaimsPrincipal user, IAuthorizationService authorization, MemberQueries members, MemberRegistry registry)
    {
        if (RequestValidation.Errors(request) is { } invalid)
        {
            return TypedResults.ValidationProblem(invalid);
        }

        var member = await members.FindAsync(id);
        if (member is null || !user.CanRead(member))
        {
            return TypedResults.NotFound();
        }

        if (!await authorization.CanEditMembersAsync(user, member.OrganizationPath))
        {
            return TypedResults.Forbid();
        }

        var (card, cardChanges) = MemberIdentityInput.Resolve(request.CardNumber, member.CardNumber);
        var (citizenId, citizenIdChanges) = MemberIdentityInput.Resolve(request.CitizenId, member.CitizenId);
        if ((cardChanges || citizenIdChanges) && !user.CanSeeIdentity(member))
        {
            return TypedResults.Forbid();
        }

        var (updated, errors, conflict) = await registry.UpdateAsync(id, request.Version!.Value, request.ToChanges(card, citizenId));
        if (conflict)
        {
            return TypedResults.Conflict(new ProblemDetails
            {
                Title = "Xung đột chỉnh sửa",
                Detail = errors.Count > 0 ? errors[0].Message : null,
                Status = StatusCodes.Status409Conflict,
            });
        }

        return updated is null ? TypedResults.ValidationProblem(ByField(errors)) : TypedResults.Ok(MemberDetailDto.From(updated, revealed: false));
    }

    /// <summary>Records a transfer, exemption, removal … for the secretary or office of the member's subtree (and of the cell they go to).</summary>
    public static async Task<Results<Ok<MemberDetailDto>, ValidationProblem, NotFound, ForbidHttpResult, Conflict<string>>> RecordEvent(
        Guid id, RecordMemberEventRequest request, ClaimsPrincipal user, IAuthorizationService authorization,
        MemberQueries members, OrganizationQueries organizations, MemberRegistry registry)
    {
        if (RequestValidation.Errors(request) is { } invalid)
        {
            return TypedResults.ValidationProblem(invalid);
        }

        var member = await members.FindAsync(id);
        if (member is null || !user.CanRead(member))
        {
            return TypedResults.NotFound();
        }

        var target = request.Organization is { } targetId ? await organizations.FindAsync(targetId) : null;
        foreach (var path in new[] { member.OrganizationPath, target?.Path }.OfType<string>())
        {
            if (!await authorization.AllowsAsync(user, Policies.Secretary, path))
            {
                return TypedResults.Forbid();
            }
        }

        var (recorded, error, conflict) = await registry.RecordEventAsync(id, request.Version, request.Kind, request.On!.Value, request.Organization, request.Note);
        if (conflict)
        {
            return TypedResults.Conflict(error ?? string.Empty);
        }

        return recorded is null
            ? TypedResults.ValidationProblem(new Dictionary<string, string[]> { [string.Empty] = [error ?? "Không ghi được."] })
            : TypedResults.Ok(MemberDetailDto.From(recorded, revealed: false));
    }

    /// <summary>The file with identity numbers in clear, for the office and inspection of the member's subtree; each call is audited.</summary>
    public static async Task<Results<Ok<MemberDetailDto>, NotFound, ForbidHttpResult>> RevealIdentity(
        Guid id, ClaimsPrincipal user, MemberQueries members, AuditLog audit)
    {
        var member = await members.FindAsync(id);
        if (member is null || !user.CanRead(member))
        {
            return TypedResults.NotFound();
        }

        if (!user.CanSeeIdentity(member))
        {
            return TypedResults.Forbid();
        }

        await audit.RecordAsync(AuditEvent.ConfidentialView(nameof(PartyMember), member.Id, nameof(PartyMember.CitizenId), nameof(PartyMember.CardNumber)));
        return TypedResults.Ok(MemberDetailDto.From(member, revealed: true));
    }

    /// <summary>The registry's refusals keyed as the request's fields.</summary>
    private static Dictionary<string, string[]> ByField(IReadOnlyList<MemberFileError> errors) =>
        errors.GroupBy(error => error.Field == nameof(PartyMember.OrganizationId) ? nameof(CreateMemberRequest.Organization) : error.Field)
            .ToDictionary(group => group.Key, group => group.Select(error => error.Message).ToArray());
}
