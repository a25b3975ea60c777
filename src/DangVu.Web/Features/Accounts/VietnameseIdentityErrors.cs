using Microsoft.AspNetCore.Identity;

namespace DangVu.Web.Features.Accounts;

/// <summary>Identity's messages in Vietnamese: users read them on the forms.</summary>
internal sealed class VietnameseIdentityErrors : IdentityErrorDescriber
{
    public override IdentityError DefaultError() => Error(nameof(DefaultError), "Đã có lỗi, xin thử lại.");

    public override IdentityError ConcurrencyFailure() =>
        Error(nameof(ConcurrencyFailure), "Tài khoản vừa được người khác sửa; hãy tải lại trang rồi làm lại.");

    public override IdentityError PasswordMismatch() => Error(nameof(PasswordMismatch), "Mật khẩu không đúng.");

    public override IdentityError InvalidUserName(string? userName) =>
        Error(nameof(InvalidUserName), $"Tên đăng nhập \"{userName}\" chỉ được gồm chữ không dấu, số và các dấu . _ -.");

    public override IdentityError DuplicateUserName(string userName) =>
        Error(nameof(DuplicateUserName), $"Tên đăng nhập \"{userName}\" đã có người dùng.");

    public override IdentityError InvalidEmail(string? email) => Error(nameof(InvalidEmail), $"Thư điện tử \"{email}\" không hợp lệ.");

    public override IdentityError DuplicateEmail(string email) => Error(nameof(DuplicateEmail), $"Thư điện tử \"{email}\" đã có người dùng.");

    public override IdentityError PasswordTooShort(int length) =>
        Error(nameof(PasswordTooShort), $"Mật khẩu phải có ít nhất {length} ký tự.");

    public override IdentityError PasswordRequiresUniqueChars(int uniqueChars) =>
        Error(nameof(PasswordRequiresUniqueChars), $"Mật khẩu phải có ít nhất {uniqueChars} ký tự khác nhau.");

    public override IdentityError PasswordRequiresNonAlphanumeric() =>
        Error(nameof(PasswordRequiresNonAlphanumeric), "Mật khẩu phải có ít nhất một ký tự đặc biệt.");

    public override IdentityError PasswordRequiresDigit() => Error(nameof(PasswordRequiresDigit), "Mật khẩu phải có ít nhất một chữ số.");

    public override IdentityError PasswordRequiresLower() =>
        Error(nameof(PasswordRequiresLower), "Mật khẩu phải có ít nhất một chữ thường.");

    public override IdentityError PasswordRequiresUpper() =>
        Error(nameof(PasswordRequiresUpper), "Mật khẩu phải có ít nhất một chữ hoa.");

    public override IdentityError UserLockoutNotEnabled() =>
        Error(nameof(UserLockoutNotEnabled), "Tài khoản này không bật khoá khi nhập sai mật khẩu.");

    private static IdentityError Error(string code, string description) => new() { Code = code, Description = description };
}
