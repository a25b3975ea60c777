using DangVu.Core.Rules;

namespace DangVu.Data.Reviews;

/// <summary>
/// A secret ballot of a cell on the members proposed for a voted level. Who was given a ballot is kept
/// (<see cref="BallotVoter"/>), and the codes' hashes (<see cref="BallotCode"/>) and the marks (<see cref="BallotMark"/>)
/// are kept apart from it: no column of those two tables names a member, an account or a time.
/// </summary>
public sealed class SecretBallot
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public Guid PeriodId { get; set; }

    public Guid CellId { get; set; }

    public string CellName { get; set; } = string.Empty;

    public string CellPath { get; set; } = Core.Organizations.OrganizationPath.Root;

    public RatingLevel Level { get; set; }

    public DateOnly HeldOn { get; set; }

    /// <summary>Ballots issued: one per eligible voter.</summary>
    public int Issued { get; set; }

    /// <summary>Ballots cast, known once counted.</summary>
    public int? Cast { get; set; }

    public DateOnly? CountedOn { get; set; }

    public string? CountedBy { get; set; }

    public string OpenedBy { get; set; } = string.Empty;

    public string RuleSetId { get; set; } = string.Empty;

    public int Version { get; set; }

    public List<BallotCandidate> Candidates { get; } = [];
}

/// <summary>A member on the ballot, with the count once the ballot is counted.</summary>
public sealed class BallotCandidate
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public Guid BallotId { get; set; }

    public Guid MemberReviewId { get; set; }

    public Guid MemberId { get; set; }

    public string FullName { get; set; } = string.Empty;

    public int? InFavour { get; set; }

    public int? Against { get; set; }

    public bool? Passed { get; set; }
}

/// <summary>An eligible voter who was given a ballot: the list the cell reads out, never tied to a code or a mark.</summary>
public sealed class BallotVoter
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public Guid BallotId { get; set; }

    public Guid MemberId { get; set; }

    public string FullName { get; set; } = string.Empty;
}

/// <summary>Rows a secret ballot keeps apart from any person: not written to the audit log, whose entries name the actor and the time.</summary>
public interface ISecretBallotRow;

/// <summary>
/// The hash of one one-time code. Ids are random (not time-ordered), all codes of a ballot are written at once in a
/// shuffled order, and the row records only whether the code was used.
/// </summary>
public sealed class BallotCode : ISecretBallotRow
{
    public Guid Id { get; set; } = Guid.NewGuid();

    public Guid BallotId { get; set; }

    public string CodeHash { get; set; } = string.Empty;

    public bool Used { get; set; }
}

/// <summary>One mark on one cast ballot paper: agree or not for one candidate. The paper id groups the marks of one paper and nothing else.</summary>
public sealed class BallotMark : ISecretBallotRow
{
    public Guid Id { get; set; } = Guid.NewGuid();

    public Guid BallotId { get; set; }

    public Guid PaperId { get; set; }

    public Guid CandidateId { get; set; }

    public bool InFavour { get; set; }
}
