using DangVu.Core.Access;

namespace DangVu.Core.Tests.Access;

public sealed class RoleGrantTests
{
    [Theory]
    [InlineData("/a/")]
    [InlineData("/a/b/")]
    [InlineData("/a/b/c/")]
    public void Covers_PathInSubtree_True(string organizationPath)
    {
        Assert.True(new RoleGrant(Role.Secretary, "/a/").Covers(organizationPath));
    }

    [Theory]
    [InlineData("/ab/")]
    [InlineData("/b/a/")]
    [InlineData("/")]
    [InlineData("/b/")]
    public void Covers_PathOutsideSubtree_False(string organizationPath)
    {
        // "/ab/" shares the characters "/a" but is a sibling; the trailing slash keeps it out.
        Assert.False(new RoleGrant(Role.Secretary, "/a/").Covers(organizationPath));
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/a/")]
    [InlineData("/ab/c/")]
    public void Covers_WholeTree_True(string organizationPath)
    {
        Assert.True(new RoleGrant(Role.Admin, RoleGrant.WholeTree).Covers(organizationPath));
    }
}
