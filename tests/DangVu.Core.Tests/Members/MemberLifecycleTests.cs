using DangVu.Core.Members;

namespace DangVu.Core.Tests.Members;

public sealed class MemberLifecycleTests
{
    [Fact]
    public void RefuseHistory_PossibleHistoryInAnyStoredOrder_IsAccepted()
    {
        MemberEvent[] events =
        [
            new(MemberEventKind.Exempted, new(2012, 1, 1)),
            new(MemberEventKind.Admitted, new(2008, 1, 1)),
            new(MemberEventKind.RecognizedOfficial, new(2009, 1, 1)),
        ];

        Assert.Null(MemberLifecycle.RefuseHistory(events));
    }

    [Fact]
    public void RefuseHistory_AdmissionMovedAfterALaterEvent_IsRefused()
    {
        MemberEvent[] events =
        [
            new(MemberEventKind.Admitted, new(2013, 1, 1)),
            new(MemberEventKind.Exempted, new(2012, 1, 1)),
        ];

        Assert.Equal("Người này chưa là đảng viên vào ngày đó.", MemberLifecycle.RefuseHistory(events));
    }

    [Fact]
    public void RefuseHistory_RecognitionMovedIntoAnExemption_IsRefused()
    {
        MemberEvent[] events =
        [
            new(MemberEventKind.Admitted, new(2008, 1, 1)),
            new(MemberEventKind.Exempted, new(2008, 6, 1)),
            new(MemberEventKind.RecognizedOfficial, new(2009, 1, 1)),
        ];

        Assert.Equal("Chỉ đảng viên dự bị mới được công nhận chính thức.", MemberLifecycle.RefuseHistory(events));
    }
}
