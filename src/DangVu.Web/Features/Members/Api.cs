using System.Security.Claims;
using DangVu.Data.Audit;
using DangVu.Data.Members;
using DangVu.Data.Organizations;
using DangVu.Web.Access;
using DangVu.Web.Api;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http.HttpResults;

namespace DangVu.Web.Features.Members;

/// <summary>/api/members: search within the caller's subtrees, a member's file, and the audited view of identity numbers.</summary>
internal static class MembersApi
{
    public const int MaxPage = 200;

    public static RouteGroupBuilder MapMembersApi(this RouteGroupBuilder api)
    {
        var members = api.MapGroup("/members").WithTags("Đảng viên").RequireAuthorization(Policies.MemberReader);
        members.MapGet("/", SearchMembers).WithName("SearchMembers");
        members.MapGet("/{id:guid}", GetMember).WithName("GetMember");
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
}
