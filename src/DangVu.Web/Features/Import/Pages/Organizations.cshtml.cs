using DangVu.Data.Import;
using DangVu.Web.Access;
using Microsoft.AspNetCore.Authorization;

namespace DangVu.Web.Features.Import.Pages;

[Authorize(Policy = Policies.Office)]
public sealed class OrganizationsModel(OrganizationImport import, UploadedFiles uploads) : ImportPageModel(uploads)
{
    public override string What => "tổ chức";

    public override (string Name, string Date, string Group) PreviewHeaders => ("Tên tổ chức", "Ngày thành lập", "Loại tổ chức");

    public override string Destination(int groups) => $"({groups} loại tổ chức)";

    protected override string Policy => Policies.Office;

    protected override Task<ImportReport> RunAsync(Stream file, ImportRequest request, CancellationToken cancellationToken) =>
        import.RunAsync(file, request, cancellationToken);
}
