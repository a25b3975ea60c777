using System.Diagnostics;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace DangVu.Web.Features.Errors.Pages;

/// <summary>Shown in place of any failed request, whatever its method; it changes nothing, so it takes no CSRF token.</summary>
[AllowAnonymous]
[IgnoreAntiforgeryToken]
public sealed class ErrorModel : PageModel
{
    public string RequestId { get; private set; } = string.Empty;

    public string Heading { get; private set; } = string.Empty;

    public string Explanation { get; private set; } = string.Empty;

    public void OnPost(int? code) => OnGet(code);

    public void OnGet(int? code)
    {
        RequestId = Activity.Current?.Id ?? HttpContext.TraceIdentifier;
        (Heading, Explanation) = code switch
        {
            404 => ("Không tìm thấy trang", "Địa chỉ này không có trong DangVu, hoặc nội dung đã bị xoá."),
            405 => ("Không thực hiện được", "Trang này không nhận thao tác vừa gửi."),
            413 => ("Tệp quá lớn", "Tệp tải lên lớn hơn mức DangVu nhận (20 MB). Hãy kiểm tra lại tệp, hoặc chia nhỏ rồi tải lên lại."),
            400 => ("Yêu cầu không hợp lệ", "Biểu mẫu đã hết hạn hoặc không hợp lệ. Hãy tải lại trang rồi làm lại."),
            _ => ("Có lỗi xảy ra", "Hệ thống gặp lỗi khi xử lý yêu cầu. Dữ liệu của bạn chưa bị thay đổi; hãy thử lại."),
        };
    }
}
