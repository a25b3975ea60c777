using DangVu.Core.Access;

namespace DangVu.Core.Tests.Access;

public sealed class RoleNamesTests
{
    [Fact]
    public void Vietnamese_EveryRole_DistinctName()
    {
        var names = Enum.GetValues<Role>().Select(RoleNames.Vietnamese).ToList();

        Assert.All(names, name => Assert.False(string.IsNullOrWhiteSpace(name)));
        Assert.Equal(names.Count, names.Distinct(StringComparer.Ordinal).Count());
    }

    [Fact]
    public void Vietnamese_UndefinedRole_Throws()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => RoleNames.Vietnamese((Role)99));
    }
}
