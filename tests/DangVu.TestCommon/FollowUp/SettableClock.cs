namespace DangVu.TestCommon.FollowUp;

/// <summary>A clock a test may set anywhere, backwards too (FakeTimeProvider refuses to go back): a jumping system clock.</summary>
public sealed class SettableClock(DateTimeOffset start) : TimeProvider
{
    public DateTimeOffset Now { get; set; } = start;

    public override DateTimeOffset GetUtcNow() => Now.ToUniversalTime();
}
