using System.Security.Claims;
using System.Text.Json;
using DangVu.Data.Audit;
using DangVu.Data.Documents;

namespace DangVu.Web.Features.Documents;

/// <summary>The original file of a document, for those who read its register; every download is audited.</summary>
internal static class DocumentDownload
{
    public const string Action = "download-document";

    public static async Task<(string FileName, string ContentType, byte[] Bytes)?> FindAsync(
        Guid id, ClaimsPrincipal user, DocumentQueries queries, AuditLog audit, CancellationToken cancellationToken)
    {
        if (await queries.OrganizationPathAsync(id, cancellationToken) is not { } path || !user.CanReadDocumentsOf(path)
            || await queries.FileAsync(id, cancellationToken) is not { } file)
        {
            return null;
        }

        await audit.RecordAsync(
            new AuditEvent(Action, nameof(RegisteredDocument), id.ToString(), JsonSerializer.Serialize(new { file = file.FileName, bytes = file.Bytes.LongLength })),
            cancellationToken);
        return file;
    }
}
