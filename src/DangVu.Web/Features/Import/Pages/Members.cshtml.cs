using DangVu.Data.Import;
using DangVu.Web.Access;
using Microsoft.AspNetCore.Authorization;

namespace DangVu.Web.Features.Import.Pages;

[Authorize(Policy = Policies.Secretary)]
public sealed class MembersModel(MemberImport import, UploadedFiles uploads) : ImportPageModel(uploads)
{
    public override string What => "đảng viên";

    public override (string Name, string Date, string Group) PreviewHeaders => ("Họ và tên", "Ngày sinh", "Chi bộ");

    public override string Destination(int groups) => $"vào {groups} chi bộ";

    protected override string Policy => Policies.Secretary;

    protected override Task<ImportReport> RunAsync(Stream file, ImportRequest request, CancellationToken cancellationToken) =>
        import.RunAsync(file, request, cancellationToken);
}
