using DangVu.Core.Meetings;
using DangVu.Core.Members;
using DangVu.Core.Rules;

namespace DangVu.Core.Tests.Meetings;

public sealed class MeetingInvitationsTests
{
    [Theory]
    [InlineData(MemberStatus.Official, AttendanceExpectation.Expected)]
    [InlineData(MemberStatus.Probationary, AttendanceExpectation.Expected)]
    [InlineData(MemberStatus.Exempted, AttendanceExpectation.Optional)]
    [InlineData(MemberStatus.TemporarilyAway, null)]
    [InlineData(MemberStatus.TransferredOut, null)]
    [InlineData(MemberStatus.NotAdmitted, null)]
    [InlineData(MemberStatus.Deceased, null)]
    public void Expectation_ByStatusOnTheMeetingDay_FollowsTheRulesOfThatDay(MemberStatus status, AttendanceExpectation? expected)
    {
        var rule = RuleBook.Default.On(new(2026, 3, 5)).MeetingAttendance.Value;

        Assert.Equal(expected, MeetingInvitations.Expectation(status, rule));
    }

    [Fact]
    public void Expectation_WhereARuleObligedExemptedMembers_TheyAreExpected()
    {
        var rule = new MeetingAttendanceRule(Fraction.TwoThirds, ExemptedMustAttend: true, TemporarilyAwayMustAttend: true);

        Assert.Equal(AttendanceExpectation.Expected, MeetingInvitations.Expectation(MemberStatus.Exempted, rule));
        Assert.Equal(AttendanceExpectation.Expected, MeetingInvitations.Expectation(MemberStatus.TemporarilyAway, rule));
    }
}
