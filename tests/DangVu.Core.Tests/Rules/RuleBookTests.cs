using DangVu.Core.Rules;

namespace DangVu.Core.Tests.Rules;

public sealed class RuleBookTests
{
    private static readonly RuleBook Book = RuleBook.Default;

    [Theory]
    [InlineData("2025-06-30", "quy-dinh-124-2023")]
    [InlineData("2025-07-01", "quy-dinh-294-2025")]
    [InlineData("2018-07-05", "quy-dinh-132-2018")]
    [InlineData("2018-07-06", "huong-dan-12-2018")]
    [InlineData("2021-07-29", "huong-dan-12-2018")]
    [InlineData("2021-07-30", "quy-dinh-24-2021")]
    [InlineData("2011-01-18", "huong-dan-20-2008")]
    [InlineData("2011-01-19", "dieu-le-2011")]
    [InlineData("2008-05-22", "chi-thi-10-2007")]
    [InlineData("2006-04-25", "dieu-le-2006")]
    [InlineData("2025-08-29", "chi-thi-50-2025")]
    [InlineData("2025-08-30", "quy-dinh-366-2025")]
    [InlineData("2099-12-31", "quy-dinh-366-2025")]
    public void On_DateAroundAnEraBoundary_GivesTheSetInForce(string date, string id)
    {
        var set = Book.On(DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture));

        Assert.Equal(id, set.Id);
    }

    [Fact]
    public void On_LastDayOf24AndFirstDayOf294_CitesEachRegulation()
    {
        var before = Book.On(new(2025, 6, 30));
        var after = Book.On(new(2025, 7, 1));

        Assert.Equal("Quy định 24-QĐ/TW", before.CellVote.Source.Document);
        Assert.Equal("Quy định 294-QĐ/TW", after.CellVote.Source.Document);
        Assert.Equal("Quy định 294-QĐ/TW ngày 26/05/2025", after.CeremonyWorkingDays.Source.Citation);
        Assert.False(before.CeremonyWorkingDays.IsConfirmed);
        Assert.True(after.CeremonyWorkingDays.IsConfirmed);
        Assert.Equal("Hướng dẫn 06-HD/TW", after.AdmissionAge.Source.Document);
    }

    [Fact]
    public void On_BeforeTheFirstSet_IsRefusedWithAReason()
    {
        var date = new DateOnly(2006, 4, 24);

        Assert.False(Book.TryOn(date, out _));
        Assert.Throws<ArgumentOutOfRangeException>(() => Book.On(date));
        Assert.Equal("DangVu chỉ có quy định từ ngày 25/04/2006; chưa có quy định cho ngày 24/04/2006.", Book.Uncovered(date));
        Assert.Null(Book.Uncovered(Book.Earliest));
    }

    [Fact]
    public void On_2008And2026_DifferWhereTheDomainSaysTheyDo()
    {
        var seedEra = Book.On(new(2008, 5, 22));
        var now = Book.On(new(2026, 5, 22));

        // Rating: level names (132-QĐ/TW from 2018), the 20% cap (from 2019), the points scale and quarterly reviews (366-QĐ/TW).
        Assert.Equal("Đủ tư cách, hoàn thành xuất sắc nhiệm vụ", seedEra.RatingLevels.Value.Excellent);
        Assert.Equal("Hoàn thành xuất sắc nhiệm vụ", now.RatingLevels.Value.Name(RatingLevel.Excellent));
        Assert.Null(seedEra.ExcellentCap.Value);
        Assert.Equal(new Fraction(1, 5), now.ExcellentCap.Value);
        Assert.Null(seedEra.RatingPoints.Value);
        Assert.Equal(90, now.RatingPoints.Value!.Excellent);
        Assert.False(seedEra.QuarterlyRating.Value);
        Assert.True(now.QuarterlyRating.Value);
        // Admission: the same values, but 2008's are carried from later texts and unconfirmed; 2026's are confirmed.
        Assert.Equal(Fraction.TwoThirds, seedEra.CellVote.Value);
        Assert.False(seedEra.CellVote.IsConfirmed);
        Assert.True(now.CellVote.IsConfirmed);
        Assert.False(seedEra.AdmissionAge.IsConfirmed);
        Assert.True(now.AdmissionAge.IsConfirmed);
        // Cell meetings: Chỉ thị 10-CT/TW then; Chỉ thị 50-CT/TW and its guidance now.
        Assert.Equal("Chỉ thị 10-CT/TW", seedEra.RegularMeetingMonths.Source.Document);
        Assert.True(seedEra.RegularMeetingMonths.IsConfirmed);
        Assert.Equal("Chỉ thị 50-CT/TW", now.RegularMeetingMonths.Source.Document);
        Assert.False(seedEra.MeetingMinutes.IsConfirmed);
        Assert.True(now.MeetingMinutes.IsConfirmed);
        // No minimum length and no self-rating of each meeting before the texts that brought them (not carried back).
        Assert.Null(seedEra.MeetingMinutes.Value);
        Assert.Equal(90, now.MeetingMinutes.Value!.RegularMinutes);
        Assert.Null(seedEra.MeetingQuality.Value);
        Assert.Equal(["Tốt", "Khá", "Trung bình", "Kém"], now.MeetingQuality.Value!.Levels);
        Assert.Equal("Hướng dẫn 12-HD/BTCTW", Book.On(new(2019, 1, 1)).ThematicMeetingMonths.Source.Document);
        // Exempted members and those active elsewhere do not count as absent, in every era.
        Assert.False(seedEra.MeetingAttendance.Value.ExemptedMustAttend);
        Assert.False(now.MeetingAttendance.Value.TemporarilyAwayMustAttend);
    }

    [Fact]
    public void Default_PeriodsFollowEachOtherWithoutGapOrOverlap()
    {
        var sets = Book.Sets;

        Assert.True(sets.Count >= 4);
        for (var i = 0; i + 1 < sets.Count; i++)
        {
            Assert.Equal(sets[i + 1].ValidFrom, sets[i].ValidTo!.Value.AddDays(1));
        }

        Assert.Null(sets[^1].ValidTo);
        Assert.Equal(sets.Count, sets.Select(set => set.Id).Distinct().Count());
    }

    [Fact]
    public void Default_EverySetHoldsEveryTopic_AndEveryUnconfirmedValueSaysWhy()
    {
        foreach (var set in Book.Sets)
        {
            Assert.Equal(RuleTopics.All.Select(topic => topic.Key), set.Entries.Select(entry => entry.Key));
            foreach (var entry in set.Entries.Where(entry => !entry.Source.IsConfirmed))
            {
                Assert.False(string.IsNullOrWhiteSpace(entry.Source.Note), $"{set.Id}.{entry.Key} is unconfirmed without a note");
            }

            Assert.All(set.Entries, entry => Assert.False(string.IsNullOrWhiteSpace(entry.Text)));
        }
    }

    [Fact]
    public void Default_TheSeedEraCarriesLaterValues_MarkedUnconfirmed()
    {
        var first = Book.Sets[0];

        Assert.All(first.Entries, entry => Assert.False(entry.Source.IsConfirmed));
        Assert.Equal(216, first.AdmissionAge.Value.MinimumMonths);
        Assert.Equal(30, first.CeremonyWorkingDays.Value);
    }

    [Fact]
    public void Entries_ValueRestatedOrCarried_IsChangedOnlyWhereItChanges()
    {
        var set294 = Book.On(new(2025, 7, 1));

        Assert.True(set294.Entry(RuleTopics.CeremonyWorkingDays).IsChanged);
        Assert.False(set294.Entry(RuleTopics.RatingLevels).IsChanged);
        Assert.False(set294.Entry(RuleTopics.IntroducerCount).IsChanged);
        Assert.All(Book.Sets[0].Entries, entry => Assert.True(entry.IsChanged));
    }

    [Fact]
    public void Entries_Text_ReadsInVietnamese()
    {
        var set = Book.On(new(2026, 1, 15));

        Assert.Equal("Ít nhất 2/3 số đảng viên chính thức tán thành (không tính đảng viên đang sinh hoạt tạm thời nơi khác)", set.Entry(RuleTopics.CellVote).Text);
        Assert.StartsWith("Từ đủ 18 tuổi (216 tháng) đến đủ 60 tuổi (720 tháng)", set.Entry(RuleTopics.AdmissionAge).Text, StringComparison.Ordinal);
        Assert.Contains("Không quá 20%", set.Entry(RuleTopics.ExcellentCap).Text, StringComparison.Ordinal);
        Assert.Equal("Không áp dụng", Book.On(new(2008, 5, 22)).Entry(RuleTopics.RatingPoints).Text);
    }
}
