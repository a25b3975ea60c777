using DangVu.Data.Audit;
using DangVu.Web.Access;
using Microsoft.AspNetCore.Http.HttpResults;

namespace DangVu.Web.Features.Audit;

/// <summary>/api/audit: the audit log, for administrators.</summary>
internal static class AuditApi
{
    public const int MaxPage = 500;

    public static RouteGroupBuilder MapAuditApi(this RouteGroupBuilder api)
    {
        var audit = api.MapGroup("/audit").WithTags("Nhật ký kiểm toán").RequireAuthorization(Policies.Admin);
        audit.MapGet("/", ListEntries).WithName("ListAuditEntries");
        audit.MapGet("/verify", Verify).WithName("VerifyAuditLog");
        return api;
    }

    public static async Task<Results<Ok<IReadOnlyList<AuditEntryDto>>, ValidationProblem>> ListEntries(
        AuditQueries queries, long? before, int take = 100)
    {
        if (take is < 1 or > MaxPage)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]>
            {
                ["take"] = [$"take phải từ 1 đến {MaxPage}."],
            });
        }

        var entries = await queries.LatestAsync(before, take);
        return TypedResults.Ok<IReadOnlyList<AuditEntryDto>>(entries.Select(AuditEntryDto.From).ToList());
    }

    public static async Task<Ok<AuditVerificationDto>> Verify(AuditLog audit)
    {
        var (broken, checkedCount) = await audit.VerifyAsync();
        return TypedResults.Ok(new AuditVerificationDto(broken is null, checkedCount, broken?.Sequence, broken?.Kind.ToString(), broken?.Message));
    }
}

public sealed record AuditEntryDto(
    long Sequence, DateTimeOffset OccurredAt, string Actor, string Action, string? EntityType, string? EntityId,
    string? Details, string Hash)
{
    public static AuditEntryDto From(AuditEntry entry) =>
        new(entry.Sequence, entry.OccurredAt, entry.Actor, entry.Action, entry.EntityType, entry.EntityId, entry.Details, entry.Hash);
}

public sealed record AuditVerificationDto(bool Intact, long Checked, long? BrokenAt, string? Kind, string? Message);
