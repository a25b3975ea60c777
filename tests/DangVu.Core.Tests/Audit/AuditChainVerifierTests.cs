using DangVu.Core.Audit;

namespace DangVu.Core.Tests.Audit;

public sealed class AuditChainVerifierTests
{
    [Fact]
    public void Next_IntactChain_NoBreakAndFinishAgreesWithHead()
    {
        var chain = AuditEntries.Chain(5);
        var verifier = new AuditChainVerifier();

        Assert.Null(AuditEntries.Walk(verifier, chain));
        Assert.Equal(5, verifier.Checked);
        Assert.Null(verifier.Finish(5, chain[^1].StoredHash));
    }

    [Fact]
    public void Next_FieldOfThirdRecordChanged_ChangedAtThree()
    {
        var chain = AuditEntries.Chain(5);
        chain[2] = chain[2] with { Record = chain[2].Record with { Details = """{"field":"rating","value":1}""" } };

        var found = AuditEntries.Walk(new AuditChainVerifier(), chain);

        Assert.Equal(AuditBreakKind.Changed, found?.Kind);
        Assert.Equal(3, found?.Sequence);
    }

    [Fact]
    public void Next_ThirdRecordRemoved_DeletedAtFour()
    {
        var chain = AuditEntries.Chain(5);
        chain.RemoveAt(2);

        var found = AuditEntries.Walk(new AuditChainVerifier(), chain);

        Assert.Equal(AuditBreakKind.Deleted, found?.Kind);
        Assert.Equal(4, found?.Sequence);
    }

    [Fact]
    public void Finish_LastTwoRecordsRemoved_DeletedAtFour()
    {
        var chain = AuditEntries.Chain(5);
        var head = chain[^1].StoredHash;
        chain.RemoveRange(3, 2);
        var verifier = new AuditChainVerifier();

        // What remains is a valid chain; only the head, kept apart, shows the loss.
        Assert.Null(AuditEntries.Walk(verifier, chain));
        var found = verifier.Finish(5, head);

        Assert.Equal(AuditBreakKind.Deleted, found?.Kind);
        Assert.Equal(4, found?.Sequence);
    }

    [Fact]
    public void Next_ForgedRecordInsertedAndLaterOnesRenumbered_InsertedAtFour()
    {
        // The forger seals the new record and each renumbered one with a correct hash of its own,
        // but the renumbered third record still points at record 2, not at the forgery.
        var chain = AuditEntries.Chain(5);
        var forged = AuditEntries.Seal(AuditEntries.Record(3, chain[1].StoredHash) with { Actor = "forger" });
        var tampered = chain.Take(2)
            .Append(forged)
            .Concat(chain.Skip(2).Select(entry => AuditEntries.Seal(entry.Record with { Sequence = entry.Record.Sequence + 1 })))
            .ToList();

        var found = AuditEntries.Walk(new AuditChainVerifier(), tampered);

        Assert.Equal(AuditBreakKind.Inserted, found?.Kind);
        Assert.Equal(4, found?.Sequence);
    }

    [Fact]
    public void Finish_ForgedRecordInsertedAndTailRelinked_Inserted()
    {
        // A forger who rewrites every later link leaves a walk that passes; the head still says 5 entries.
        var chain = AuditEntries.Chain(5);
        var head = chain[^1].StoredHash;
        var tampered = chain.Take(2).ToList();
        var forged = AuditEntries.Seal(AuditEntries.Record(3, chain[1].StoredHash) with { Actor = "forger" });
        tampered.Add(forged);
        foreach (var entry in chain.Skip(2))
        {
            var relinked = entry.Record with { Sequence = entry.Record.Sequence + 1, PreviousHash = tampered[^1].StoredHash };
            tampered.Add(AuditEntries.Seal(relinked));
        }

        var verifier = new AuditChainVerifier();

        Assert.Null(AuditEntries.Walk(verifier, tampered));
        Assert.Equal(AuditBreakKind.Inserted, verifier.Finish(5, head)?.Kind);
    }

    [Fact]
    public void Next_DuplicateSequence_InsertedAtThatSequence()
    {
        var chain = AuditEntries.Chain(5);
        var duplicate = AuditEntries.Seal(AuditEntries.Record(3, chain[2].StoredHash) with { Actor = "forger" });
        chain.Insert(3, duplicate);

        var found = AuditEntries.Walk(new AuditChainVerifier(), chain);

        Assert.Equal(AuditBreakKind.Inserted, found?.Kind);
        Assert.Equal(3, found?.Sequence);
    }

    [Fact]
    public void Next_FirstRecordNotLinkedToGenesis_InsertedAtOne()
    {
        var forged = AuditEntries.Seal(AuditEntries.Record(1, new string('f', 64)));

        var found = new AuditChainVerifier().Next(forged.Record, forged.StoredHash);

        Assert.Equal(AuditBreakKind.Inserted, found?.Kind);
        Assert.Equal(1, found?.Sequence);
    }

    [Fact]
    public void Next_FirstRecordRemoved_DeletedAtTwo()
    {
        var chain = AuditEntries.Chain(3);
        chain.RemoveAt(0);

        var found = AuditEntries.Walk(new AuditChainVerifier(), chain);

        Assert.Equal(AuditBreakKind.Deleted, found?.Kind);
        Assert.Equal(2, found?.Sequence);
    }

    [Fact]
    public void Finish_LastRecordReplacedWithSealedForgery_BreakAtFive()
    {
        // Same count, valid own hash and link: only the head hash can tell the last entry was swapped.
        var chain = AuditEntries.Chain(5);
        var head = chain[^1].StoredHash;
        chain[^1] = AuditEntries.Seal(chain[^1].Record with { Actor = "forger" });
        var verifier = new AuditChainVerifier();

        Assert.Null(AuditEntries.Walk(verifier, chain));
        var found = verifier.Finish(5, head);

        // The log holds exactly 5 entries, so the break can only show at entry 5 (AuditBreak.Sequence).
        Assert.NotNull(found);
        Assert.Equal(5, found.Sequence);
    }

    [Fact]
    public void Next_Break_OneLineMessageNamesMissingEntry()
    {
        var chain = AuditEntries.Chain(5);
        chain.RemoveAt(2);

        var found = AuditEntries.Walk(new AuditChainVerifier(), chain);

        Assert.NotNull(found);
        Assert.DoesNotContain('\n', found.Message);
        Assert.Contains("3", found.Message, StringComparison.Ordinal);
    }
}
