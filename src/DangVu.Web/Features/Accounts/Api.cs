using System.ComponentModel.DataAnnotations;
using System.Text.Json.Serialization;
using DangVu.Core.Access;
using DangVu.Web.Access;
using DangVu.Web.Api;
using Microsoft.AspNetCore.Http.HttpResults;

namespace DangVu.Web.Features.Accounts;

/// <summary>/api/me and /api/users.</summary>
internal static class AccountsApi
{
    public static RouteGroupBuilder MapAccountsApi(this RouteGroupBuilder api)
    {
        api.MapGet("/me", GetMe).WithTags("Tài khoản").WithName("GetMe").RequireAuthorization(Policies.SignedIn);

        var users = api.MapGroup("/users").WithTags("Tài khoản").RequireAuthorization(Policies.Admin);
        users.MapGet("/", ListUsers).WithName("ListUsers");
        users.MapPost("/", CreateUser).WithName("CreateUser");
        users.MapPut("/{id:guid}/member", LinkMember).WithName("LinkUserToMember");
        return api;
    }

    public static Ok<MeDto> GetMe(HttpContext http) =>
        TypedResults.Ok(new MeDto(
            http.User.Identity?.Name ?? string.Empty,
            http.User.DisplayName(),
            http.User.GetAccessScope().Grants.Select(GrantDto.From).ToList(),
            http.User.MemberId()));

    public static async Task<Ok<IReadOnlyList<UserDto>>> ListUsers(AccountService accounts, string? q, int take = 100)
    {
        var users = await accounts.ListAsync(q, Math.Clamp(take, 1, 500));
        return TypedResults.Ok<IReadOnlyList<UserDto>>(users
            .Select(user => new UserDto(user.Id, user.UserName ?? string.Empty, user.FullName, user.IsSynthetic,
                user.Grants.Select(grant => GrantDto.From(grant.ToRoleGrant())).ToList(), user.MemberId))
            .ToList());
    }

    /// <summary>Links the account to a member file (or unlinks it with <c>"memberId": null</c>): its owner then sees "Của tôi".</summary>
    public static async Task<Results<Ok<UserDto>, NotFound, ValidationProblem>> LinkMember(Guid id, LinkMemberRequest request, AccountService accounts)
    {
        var (user, error) = await accounts.LinkMemberAsync(id, request.MemberId);
        if (user is null)
        {
            return error == "Không tìm thấy tài khoản."
                ? TypedResults.NotFound()
                : TypedResults.ValidationProblem(new Dictionary<string, string[]> { [nameof(request.MemberId)] = [error ?? string.Empty] });
        }

        return TypedResults.Ok(new UserDto(user.Id, user.UserName ?? string.Empty, user.FullName, user.IsSynthetic,
            user.Grants.Select(grant => GrantDto.From(grant.ToRoleGrant())).ToList(), user.MemberId));
    }

    public static async Task<Results<Created<CreatedUserDto>, ValidationProblem>> CreateUser(AccountService accounts, NewUserRequest request)
    {
        if (RequestValidation.Errors(request) is { } invalid)
        {
            return TypedResults.ValidationProblem(invalid);
        }

        var (account, errors) = await accounts.CreateAsync(request.UserName, request.FullName, request.Role, email: request.Email);
        if (account is null)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { [string.Empty] = errors.ToArray() });
        }

        return TypedResults.Created($"/api/users/{account.User.Id}",
            new CreatedUserDto(account.User.Id, account.User.UserName ?? string.Empty, account.OneTimePassword));
    }
}

public sealed record GrantDto([property: JsonConverter(typeof(JsonStringEnumConverter<Role>))] Role Role, string RoleName, string ScopePath)
{
    public static GrantDto From(RoleGrant grant) => new(grant.Role, RoleNames.Vietnamese(grant.Role), grant.ScopePath);
}

/// <summary>The signed-in account; <c>MemberId</c> is its member file, when linked (see <c>/api/me/record</c>).</summary>
public sealed record MeDto(string UserName, string FullName, IReadOnlyList<GrantDto> Grants, Guid? MemberId);

public sealed record UserDto(Guid Id, string UserName, string FullName, bool IsSynthetic, IReadOnlyList<GrantDto> Grants, Guid? MemberId);

/// <summary>The member file to link an account to; null unlinks it.</summary>
public sealed class LinkMemberRequest
{
    public Guid? MemberId { get; set; }
}

public sealed record CreatedUserDto(Guid Id, string UserName, string OneTimePassword);

public sealed class NewUserRequest
{
    [Required(ErrorMessage = "Hãy nhập tên đăng nhập.")]
    [StringLength(64, ErrorMessage = "Tên đăng nhập dài quá 64 ký tự.")]
    public string UserName { get; set; } = string.Empty;

    [Required(ErrorMessage = "Hãy nhập họ và tên.")]
    [StringLength(200, ErrorMessage = "Họ và tên dài quá 200 ký tự.")]
    public string FullName { get; set; } = string.Empty;

    [EnumDataType(typeof(Role), ErrorMessage = "Vai trò không hợp lệ.")]
    public Role Role { get; set; }

    [EmailAddress(ErrorMessage = "Thư điện tử không hợp lệ.")]
    [StringLength(256)]
    public string? Email { get; set; }
}
