using System.Security.Claims;
using DangVu.Core.DocumentWriting;
using DangVu.Data.DocumentWriting;
using DangVu.Data.Organizations;
using DangVu.Web.Access;
using Microsoft.AspNetCore.Authorization;

namespace DangVu.Web.Features.DocumentWriting;

/// <summary>
/// The steps the compose page and the API share: find a document the caller may see, check the issuer is in the
/// caller's reach, compose with the issuer's defaults, save the draft.
/// </summary>
public sealed class DocumentComposing(
    IAuthorizationService authorization, OrganizationQueries organizations, WrittenDocumentQueries documents, DocumentDrafts drafts)
{
    /// <summary>The document, when the caller may write for its issuer; else null (it does not exist for them).</summary>
    public async Task<WrittenDocumentEntry?> FindAsync(ClaimsPrincipal user, Guid id, CancellationToken cancellationToken = default)
    {
        var entry = await documents.FindAsync(id, cancellationToken);
        return entry is not null && await authorization.CanWriteForAsync(user, entry.OrganizationPath) ? entry : null;
    }

    /// <summary>Saves a new draft (<paramref name="id"/> null) or changes one, issued by <paramref name="organizationId"/>.</summary>
    public async Task<ComposeOutcome> SaveAsync(
        ClaimsPrincipal user, Guid? id, int? version, Guid? organizationId, DocumentInput input, CancellationToken cancellationToken = default)
    {
        if (organizationId is not { } issuerId)
        {
            return ComposeOutcome.Invalid(new Dictionary<string, string> { ["Organization"] = "Hãy chọn tổ chức ban hành." });
        }

        var organization = await organizations.FindAsync(issuerId, cancellationToken);
        if (organization is null || !user.CanReadOrganization(organization.Path))
        {
            return ComposeOutcome.Invalid(new Dictionary<string, string> { ["Organization"] = "Không tìm thấy tổ chức ban hành." });
        }

        if (!organization.IsActive)
        {
            return ComposeOutcome.Invalid(new Dictionary<string, string> { ["Organization"] = "Tổ chức này đã giải thể: không ban hành văn bản được nữa." });
        }

        if (await authorization.IssuerAsync(user, organizations, organization, cancellationToken) is not { } issuer)
        {
            return ComposeOutcome.NotAllowed();
        }

        var (composed, errors) = DocumentComposer.Compose(input.WithIssuerDefaults(issuer));
        if (composed is null)
        {
            return ComposeOutcome.Invalid(errors.GroupBy(e => e.Field).ToDictionary(g => g.Key, g => g.First().Message));
        }

        if (id is not { } existing)
        {
            return new ComposeOutcome(await drafts.CreateAsync(issuerId, composed, cancellationToken), new Dictionary<string, string>());
        }

        if (await FindAsync(user, existing, cancellationToken) is null)
        {
            return ComposeOutcome.From(WritingOutcome.Refused(WritingRefusal.NotFound));
        }

        if (version is not { } read)
        {
            return ComposeOutcome.Invalid(new Dictionary<string, string> { ["Version"] = "Hãy gửi phiên bản (version) của văn bản đã đọc." });
        }

        return ComposeOutcome.From(await drafts.UpdateAsync(existing, read, issuerId, composed, cancellationToken));
    }
}
