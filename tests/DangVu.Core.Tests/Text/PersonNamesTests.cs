using System.Text;
using DangVu.Core.Text;

namespace DangVu.Core.Tests.Text;

public sealed class PersonNamesTests
{
    private static readonly string[] ExpectedOrder =
    [
        "Nguyễn Thị An",
        "Trần Thị An",
        "Phạm Văn Dũng",
        "Lê Đức",
        "Nguyễn Văn Hoà",
    ];

    [Fact]
    public void Comparer_FullNames_ByGivenNameThenRest()
    {
        var names = new List<string> { "Nguyễn Văn Hoà", "Trần Thị An", "Lê Đức", "Phạm Văn Dũng", "Nguyễn Thị An" };

        names.Sort(PersonNames.Comparer);

        Assert.Equal(ExpectedOrder, names);
    }

    [Fact]
    public void Comparer_DecomposedAndOldPlacementInput_SameOrder()
    {
        // Names imported from files arrive in NFD or with "Hòa"; they must land where the canonical ones do.
        var names = new List<string>
        {
            "Nguyễn Văn Hòa".Normalize(NormalizationForm.FormD),
            "Trần Thị An",
            "Lê Đức".Normalize(NormalizationForm.FormD),
            "Phạm Văn Dũng",
            "Nguyễn Thị An".Normalize(NormalizationForm.FormD),
        };

        names.Sort(PersonNames.Comparer);

        Assert.Equal(ExpectedOrder, names.Select(VietnameseText.Normalize));
    }

    [Fact]
    public void Comparer_GivenNameIsPrefixOfAnother_ShorterFirst()
    {
        // "An" < "Anh" whatever the family names: the space after the given name must count.
        var names = new List<string> { "Trần Anh", "Lê An" };

        names.Sort(PersonNames.Comparer);

        Assert.Equal(["Lê An", "Trần Anh"], names);
    }

    [Fact]
    public void Comparer_GivenNamesDifferingOnlyInTone_GroupedByGivenName()
    {
        // The docs order people by given name first, and Hoa < Hoà (architecture.md), so every Hoa
        // precedes every Hoà whatever the family names; tones must not drop to a tie-break after them.
        var names = new List<string> { "Lê Hoà", "Trần Hoa", "Bùi Hoa" };

        names.Sort(PersonNames.Comparer);

        Assert.Equal(["Bùi Hoa", "Trần Hoa", "Lê Hoà"], names);
    }

    [Theory]
    [InlineData("Nguyễn Văn Hoà")]
    [InlineData("Nguyễn Văn Hòa")]
    [InlineData("  Nguyễn  Văn   Hoà ")]
    public void SortName_FullName_GivenNameFirst(string fullName)
    {
        Assert.Equal("Hoà Nguyễn Văn", PersonNames.SortName(fullName));
        Assert.Equal("Hoà Nguyễn Văn", PersonNames.SortName(fullName.Normalize(NormalizationForm.FormD)));
    }

    [Fact]
    public void SortName_SingleWord_Unchanged()
    {
        Assert.Equal("Hoà", PersonNames.SortName("Hòa"));
    }

    [Theory]
    [InlineData("Nguyễn Văn Hoà", "Hoà")]
    [InlineData("Nguyễn Văn Hòa", "Hoà")]
    [InlineData("Lê Đức", "Đức")]
    [InlineData(" Trần  Thị An ", "An")]
    [InlineData("Thuỷ", "Thuỷ")]
    public void GivenName_FullName_LastWordCanonical(string fullName, string expected)
    {
        Assert.Equal(expected, PersonNames.GivenName(fullName));
        Assert.Equal(expected, PersonNames.GivenName(fullName.Normalize(NormalizationForm.FormD)));
    }
}
