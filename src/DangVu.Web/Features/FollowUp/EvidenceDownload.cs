using System.Security.Claims;
using DangVu.Data.Audit;
using DangVu.Data.FollowUp;

namespace DangVu.Web.Features.FollowUp;

/// <summary>
/// An evidence file for a caller who sees its task (others get nothing, as if it did not exist); every download writes a
/// <c>view-evidence</c> audit entry naming the file, its task and its hash.
/// </summary>
public sealed class EvidenceDownload(FollowUpQueries queries, AuditLog audit)
{
    public const string AuditAction = "view-evidence";

    public async Task<(byte[] Content, EvidenceFile File)?> OpenAsync(ClaimsPrincipal user, Guid id, CancellationToken cancellationToken = default)
    {
        if (await queries.EvidenceAsync(id, cancellationToken) is not { } found)
        {
            return null;
        }

        var places = await queries.PlacesAsync(found.Task, cancellationToken);
        if (!user.CanSee(places) || await queries.EvidenceContentAsync(found.File.Sha256, cancellationToken) is not { } content)
        {
            return null;
        }

        await audit.RecordAsync(new AuditEvent(AuditAction, nameof(EvidenceFile), id.ToString(),
            System.Text.Json.JsonSerializer.Serialize(new { task = found.Task.Id, file = found.File.FileName, sha256 = found.File.Sha256 })), cancellationToken);
        return (content, found.File);
    }
}
