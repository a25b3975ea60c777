using DangVu.Core.Audit;

namespace DangVu.Core.Tests.Audit;

public sealed class AuditChainTests
{
    private static readonly AuditRecord Sample = AuditEntries.Record(3, new string('a', 64));

    [Fact]
    public void Hash_EqualRecords_SameLowerHex()
    {
        var copy = Sample with { };

        var hash = AuditChain.Hash(Sample);

        Assert.Equal(hash, AuditChain.Hash(copy));
        Assert.Matches("^[0-9a-f]{64}$", hash);
    }

    [Theory]
    [InlineData(nameof(AuditRecord.Sequence))]
    [InlineData(nameof(AuditRecord.OccurredAt))]
    [InlineData(nameof(AuditRecord.Actor))]
    [InlineData(nameof(AuditRecord.Action))]
    [InlineData(nameof(AuditRecord.EntityType))]
    [InlineData(nameof(AuditRecord.EntityId))]
    [InlineData(nameof(AuditRecord.Details))]
    [InlineData(nameof(AuditRecord.PreviousHash))]
    public void Hash_OneFieldChanged_Differs(string field)
    {
        var changed = field switch
        {
            nameof(AuditRecord.Sequence) => Sample with { Sequence = 4 },
            // One microsecond is the finest difference both databases keep.
            nameof(AuditRecord.OccurredAt) => Sample with { OccurredAt = Sample.OccurredAt.AddTicks(10) },
            nameof(AuditRecord.Actor) => Sample with { Actor = "admin" },
            nameof(AuditRecord.Action) => Sample with { Action = "delete" },
            nameof(AuditRecord.EntityType) => Sample with { EntityType = "Document" },
            nameof(AuditRecord.EntityId) => Sample with { EntityId = "30" },
            nameof(AuditRecord.Details) => Sample with { Details = """{"field":"rating","value":4}""" },
            nameof(AuditRecord.PreviousHash) => Sample with { PreviousHash = new string('b', 64) },
            _ => throw new ArgumentOutOfRangeException(nameof(field), field, "No mutation for this field."),
        };

        Assert.NotEqual(Sample, changed);
        Assert.NotEqual(AuditChain.Hash(Sample), AuditChain.Hash(changed));
    }

    [Theory]
    [InlineData(nameof(AuditRecord.EntityType))]
    [InlineData(nameof(AuditRecord.EntityId))]
    [InlineData(nameof(AuditRecord.Details))]
    public void Hash_NullVersusEmptyField_Differs(string field)
    {
        // "No entity" and "an entity with an empty id" are different facts; a forger must not swap them.
        var (withNull, withEmpty) = field switch
        {
            nameof(AuditRecord.EntityType) => (Sample with { EntityType = null }, Sample with { EntityType = "" }),
            nameof(AuditRecord.EntityId) => (Sample with { EntityId = null }, Sample with { EntityId = "" }),
            nameof(AuditRecord.Details) => (Sample with { Details = null }, Sample with { Details = "" }),
            _ => throw new ArgumentOutOfRangeException(nameof(field), field, "No mutation for this field."),
        };

        Assert.NotEqual(AuditChain.Hash(withNull), AuditChain.Hash(withEmpty));
    }

    [Fact]
    public void Hash_TextShiftedBetweenAdjacentFields_Differs()
    {
        var original = Sample with { Actor = "van", Action = "phongupdate" };
        var shifted = Sample with { Actor = "vanphong", Action = "update" };

        Assert.NotEqual(AuditChain.Hash(original), AuditChain.Hash(shifted));
    }

    [Fact]
    public void Hash_SameInstantInAnotherOffset_Same()
    {
        var inVietnam = Sample with { OccurredAt = Sample.OccurredAt.ToOffset(TimeSpan.FromHours(7)) };

        Assert.Equal(AuditChain.Hash(Sample), AuditChain.Hash(inVietnam));
    }

    [Fact]
    public void Hash_RecordReadBackAtMicrosecondPrecision_Same()
    {
        // Written with the clock's full 100 ns precision in Vietnam time; the database keeps UTC microseconds.
        var written = Sample with { OccurredAt = new DateTimeOffset(2008, 5, 22, 14, 30, 0, TimeSpan.FromHours(7)).AddTicks(1234567) };
        var readBack = Sample with { OccurredAt = new DateTimeOffset(2008, 5, 22, 7, 30, 0, TimeSpan.Zero).AddTicks(1234560) };

        Assert.Equal(AuditChain.Hash(written), AuditChain.Hash(readBack));
    }

    [Fact]
    public void Truncate_SubMicrosecondTicks_Dropped()
    {
        var time = new DateTimeOffset(2008, 5, 22, 7, 30, 0, TimeSpan.Zero).AddTicks(1234567);

        var truncated = AuditChain.Truncate(time);

        Assert.Equal(new DateTimeOffset(2008, 5, 22, 7, 30, 0, TimeSpan.Zero).AddTicks(1234560), truncated);
        Assert.Equal(123456, truncated.Millisecond * 1000 + truncated.Microsecond);
        Assert.Equal(0, truncated.Nanosecond);
    }

    [Fact]
    public void Truncate_WholeMicroseconds_Unchanged()
    {
        var time = new DateTimeOffset(2008, 5, 22, 7, 30, 0, TimeSpan.Zero).AddTicks(1234560);

        Assert.Equal(time, AuditChain.Truncate(time));
    }

    [Fact]
    public void Truncate_VietnamOffset_ConvertedToUtc()
    {
        var time = new DateTimeOffset(2008, 5, 22, 14, 30, 0, TimeSpan.FromHours(7));

        var truncated = AuditChain.Truncate(time);

        Assert.Equal(TimeSpan.Zero, truncated.Offset);
        Assert.Equal(new DateTime(2008, 5, 22, 7, 30, 0, DateTimeKind.Unspecified), truncated.DateTime);
    }
}
