using System.Security.Claims;
using DangVu.Core.Access;
using DangVu.Core.Organizations;
using DangVu.Data.Audit;
using DangVu.Data.Export;
using DangVu.Data.Organizations;
using DangVu.Data.Spreadsheets;
using DangVu.Web.Access;
using DangVu.Web.Features.Members;
using Microsoft.AspNetCore.Http.HttpResults;

namespace DangVu.Web.Features.Export;

/// <summary>
/// /api/members/export, /api/members/import-template and /api/organizations/import-template: the member spreadsheet of
/// a subtree, masked by role, and the import templates listing where the caller may import into. Files are written to
/// a temporary file (XLSX needs a seekable stream) that is deleted once sent.
/// </summary>
internal static class ExportApi
{
    private static readonly Role[] IdentityReaders = [Role.Office, Role.Inspection];

    public static RouteGroupBuilder MapExportApi(this RouteGroupBuilder api)
    {
        var members = api.MapGroup("/members").WithTags("Đảng viên");
        members.MapGet("/export", ExportMembers).WithName("ExportMembers").RequireAuthorization(Policies.MemberReader);
        members.MapGet("/import-template", ImportTemplate).WithName("MemberImportTemplate").RequireAuthorization(Policies.Secretary);
        api.MapGroup("/organizations").WithTags("Tổ chức")
            .MapGet("/import-template", OrganizationImportTemplate).WithName("OrganizationImportTemplate").RequireAuthorization(Policies.Office);
        return api;
    }

    /// <summary>The members of the caller's subtrees, or of one organization in them; identity numbers only for the office and inspection of that subtree (audited).</summary>
    public static async Task<Results<FileStreamHttpResult, NotFound>> ExportMembers(
        ClaimsPrincipal user, MemberExport export, OrganizationQueries organizations, AuditLog audit, Guid? organizationId, string? format,
        CancellationToken cancellationToken)
    {
        var scopes = user.ReadableMemberScopes();
        var name = "dang-vien";
        if (organizationId is { } id)
        {
            var organization = await organizations.FindAsync(id, cancellationToken);
            if (organization is null || !scopes.Any(scope => OrganizationPath.IsWithin(organization.Path, scope)))
            {
                return TypedResults.NotFound();
            }

            scopes = [organization.Path];
            name = $"dang-vien-{Core.Text.VietnameseText.SearchKey(organization.Name).Replace(' ', '-')}";
        }

        var access = user.GetAccessScope();
        var sheetFormat = FormatOf(format);
        var (stream, written) = await WriteAsync(sheetFormat, writer => export.WriteAsync(writer, scopes, path => access.Allows(IdentityReaders, path), cancellationToken));
        if (written.Revealed > 0)
        {
            await audit.RecordAsync(
                new AuditEvent(AuditEvent.ConfidentialViewAction, "PartyMember", organizationId?.ToString(), $"Xuất {written.Revealed} hồ sơ có số thẻ, số CCCD"),
                cancellationToken);
        }

        return TypedResults.File(stream, SheetFormats.ContentType(sheetFormat), name + SheetFormats.Extension(sheetFormat));
    }

    public static Task<FileStreamHttpResult> ImportTemplate(ClaimsPrincipal user, MemberTemplate template, string? format, CancellationToken cancellationToken) =>
        TemplateAsync(format, "mau-nhap-dang-vien", writer => template.WriteAsync(writer, user.ScopesFor(Policies.Secretary), cancellationToken));

    public static Task<FileStreamHttpResult> OrganizationImportTemplate(ClaimsPrincipal user, OrganizationTemplate template, string? format, CancellationToken cancellationToken) =>
        TemplateAsync(format, "mau-nhap-to-chuc", writer => template.WriteAsync(writer, user.ScopesFor(Policies.Office), cancellationToken));

    private static async Task<FileStreamHttpResult> TemplateAsync(string? format, string name, Func<ISheetWriter, Task> write)
    {
        var sheetFormat = FormatOf(format);
        var (stream, _) = await WriteAsync(sheetFormat, async writer =>
        {
            await write(writer);
            return 0;
        });
        return TypedResults.File(stream, SheetFormats.ContentType(sheetFormat), name + SheetFormats.Extension(sheetFormat));
    }

    private static SheetFormat FormatOf(string? format) =>
        string.Equals(format, "csv", StringComparison.OrdinalIgnoreCase) ? SheetFormat.Csv : SheetFormat.Xlsx;

    private static async Task<(FileStream Stream, T Result)> WriteAsync<T>(SheetFormat format, Func<ISheetWriter, Task<T>> write)
    {
        var path = Path.Combine(Path.GetTempPath(), $"dangvu-export-{Guid.NewGuid():N}{SheetFormats.Extension(format)}");
        T result;
        await using (var output = File.Create(path))
        {
            using var writer = SheetWriter.Create(output, format);
            result = await write(writer);
        }

        return (new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.None, 1 << 16, FileOptions.DeleteOnClose | FileOptions.Asynchronous), result);
    }
}
