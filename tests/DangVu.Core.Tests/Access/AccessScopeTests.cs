using DangVu.Core.Access;

namespace DangVu.Core.Tests.Access;

public sealed class AccessScopeTests
{
    // A cell secretary over /a/ who also works in the office of /b/.
    private static readonly AccessScope SecretaryAndOffice = new(
    [
        new RoleGrant(Role.Secretary, "/a/"),
        new RoleGrant(Role.Office, "/b/"),
    ]);

    [Fact]
    public void None_Always_NoGrantsNoRolesNothingAllowed()
    {
        var allRoles = Enum.GetValues<Role>();

        Assert.Empty(AccessScope.None.Grants);
        Assert.False(AccessScope.None.HasAnyRole(allRoles));
        Assert.False(AccessScope.None.Allows(allRoles, RoleGrant.WholeTree));
        Assert.False(AccessScope.None.Allows(allRoles, "/a/"));
    }

    [Theory]
    [InlineData(Role.Secretary)]
    [InlineData(Role.Office)]
    public void HasAnyRole_RoleHeldSomewhere_True(Role role)
    {
        Assert.True(SecretaryAndOffice.HasAnyRole([Role.Admin, role]));
    }

    [Fact]
    public void HasAnyRole_RolesNotHeld_False()
    {
        Assert.False(SecretaryAndOffice.HasAnyRole([Role.Admin, Role.Inspection, Role.Member]));
    }

    [Fact]
    public void HasAnyRole_NoRolesAsked_False()
    {
        Assert.False(SecretaryAndOffice.HasAnyRole([]));
    }

    [Theory]
    [InlineData(Role.Secretary, "/a/")]
    [InlineData(Role.Secretary, "/a/x/")]
    [InlineData(Role.Office, "/b/x/y/")]
    public void Allows_RoleHeldOverPath_True(Role role, string organizationPath)
    {
        Assert.True(SecretaryAndOffice.Allows([role], organizationPath));
    }

    [Theory]
    [InlineData(Role.Secretary, "/b/x/")]
    [InlineData(Role.Office, "/a/")]
    [InlineData(Role.Secretary, "/ab/")]
    [InlineData(Role.Admin, "/a/")]
    [InlineData(Role.Secretary, "/")]
    public void Allows_RoleNotHeldOverThatPath_False(Role role, string organizationPath)
    {
        // Holding a role somewhere and covering the path with another grant is not enough: one grant must do both.
        Assert.False(SecretaryAndOffice.Allows([role], organizationPath));
    }

    [Fact]
    public void Allows_AnyOfSeveralRoles_True()
    {
        Assert.True(SecretaryAndOffice.Allows([Role.Admin, Role.Office], "/b/c/"));
    }
}
