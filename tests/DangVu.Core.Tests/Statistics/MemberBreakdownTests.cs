using DangVu.Core.Members;
using DangVu.Core.Statistics;

namespace DangVu.Core.Tests.Statistics;

public sealed class MemberBreakdownTests
{
    [Theory]
    [InlineData(1996, "Từ 30 tuổi trở xuống")]
    [InlineData(1995, "Từ 30 tuổi trở xuống")]
    [InlineData(1994, "Từ 31 đến 40 tuổi")]
    [InlineData(1985, "Từ 31 đến 40 tuổi")]
    [InlineData(1984, "Từ 41 đến 50 tuổi")]
    [InlineData(1975, "Từ 41 đến 50 tuổi")]
    [InlineData(1966, "Từ 51 đến 60 tuổi")]
    [InlineData(1965, "Từ 51 đến 60 tuổi")]
    [InlineData(1964, "Trên 60 tuổi")]
    [InlineData(1930, "Trên 60 tuổi")]
    public void BandOf_AgeByYearOnADate_FallsInOneBand(int birthYear, string band)
    {
        var asOf = new DateOnly(2025, 1, 15);

        Assert.Equal(band, MemberBreakdown.BandOf(MemberBreakdown.AgeIn(birthYear, asOf)).Label);
        Assert.Single(MemberBreakdown.AgeBands, b => b.Contains(MemberBreakdown.AgeIn(birthYear, asOf)));
    }

    [Fact]
    public void AgeIn_SameBirthYear_IsOneAgeAllYear()
    {
        Assert.Equal(30, MemberBreakdown.AgeIn(1995, new DateOnly(2025, 1, 1)));
        Assert.Equal(30, MemberBreakdown.AgeIn(1995, new DateOnly(2025, 12, 31)));
    }

    [Theory]
    [InlineData(MemberStatus.Probationary, true)]
    [InlineData(MemberStatus.Official, true)]
    [InlineData(MemberStatus.TemporarilyAway, true)]
    [InlineData(MemberStatus.Exempted, true)]
    [InlineData(MemberStatus.NotAdmitted, false)]
    [InlineData(MemberStatus.TransferredOut, false)]
    [InlineData(MemberStatus.Removed, false)]
    [InlineData(MemberStatus.Expelled, false)]
    [InlineData(MemberStatus.Deceased, false)]
    public void IsOnRolls_Status_CountsProbationaryAndOfficialMembersWhereverTheyAreActive(MemberStatus status, bool onRolls) =>
        Assert.Equal(onRolls, MemberBreakdown.IsOnRolls(status));
}
