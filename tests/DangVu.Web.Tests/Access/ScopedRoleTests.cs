using System.Security.Claims;
using DangVu.Core.Access;
using DangVu.Web.Access;
using Microsoft.AspNetCore.Authorization;
using Microsoft.Extensions.DependencyInjection;

namespace DangVu.Web.Tests.Access;

/// <summary>The role policies decide by subtree when given an organization: the check every feature will call.</summary>
public sealed class ScopedRoleTests(AppFixture app) : IClassFixture<AppFixture>
{
    [Theory]
    [InlineData(Role.Secretary, "/1/2/", Policies.Secretary, "/1/2/", true)]
    [InlineData(Role.Secretary, "/1/2/", Policies.Secretary, "/1/2/7/", true)]
    [InlineData(Role.Secretary, "/1/2/", Policies.Secretary, "/1/3/", false)]
    [InlineData(Role.Secretary, "/1/2/", Policies.Secretary, "/1/", false)]
    [InlineData(Role.Office, "/1/", Policies.Secretary, "/1/9/", true)]
    [InlineData(Role.Office, "/1/", Policies.Inspection, "/1/9/", false)]
    [InlineData(Role.Inspection, "/", Policies.Inspection, "/5/", true)]
    [InlineData(Role.Member, "/1/2/", Policies.Secretary, "/1/2/", false)]
    public async Task AuthorizeAsync_OrganizationInOrOutOfTheGrantedSubtree_Decides(
        Role role, string grantPath, string policy, string organizationPath, bool allowed)
    {
        var authorization = app.Factory.Services.GetRequiredService<IAuthorizationService>();
        var user = new ClaimsPrincipal(new ClaimsIdentity(
            [new Claim(ClaimTypes.Name, "tester"), new Claim(DangVuClaims.Grant, DangVuClaims.Encode(new RoleGrant(role, grantPath)))],
            authenticationType: "Test"));

        var result = await authorization.AuthorizeAsync(user, new OrganizationResource(organizationPath), policy);

        Assert.Equal(allowed, result.Succeeded);
    }
}
