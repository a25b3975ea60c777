namespace DangVu.Web.Features.Accounts;

/// <summary>The account pages' addresses, in Vietnamese as users see them.</summary>
internal static class AccountPaths
{
    public const string Login = "/dang-nhap";
    public const string Logout = "/dang-xuat";
    public const string ChangePassword = "/doi-mat-khau";
    public const string AccessDenied = "/khong-du-quyen";
}
