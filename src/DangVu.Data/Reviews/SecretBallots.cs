using System.Security.Cryptography;
using DangVu.Core.Members;
using DangVu.Core.Reviews;
using DangVu.Core.Rules;
using DangVu.Core.Text;
using DangVu.Data.Audit;
using Microsoft.EntityFrameworkCore;

namespace DangVu.Data.Reviews;

/// <summary>A ballot just opened and its one-time codes, shown once and never stored in clear.</summary>
public sealed record OpenedBallot(SecretBallot Ballot, IReadOnlyList<string> Codes);

/// <summary>
/// Secret ballots of a cell on the members proposed for a voted level. Opening issues one code per eligible voter (the
/// cell's official members): the voters are listed, the codes' hashes stored apart, shuffled, with random ids; the codes
/// are handed out like paper ballots. A code casts one paper, once. Counting tallies each candidate against the rule.
/// Codes and marks are never written to the audit log, which would name the voter beside them.
/// </summary>
public sealed class SecretBallots(DangVuDbContext context, RuleBook book, TimeProvider clock, IAuditActor actor)
{
    public async Task<ReviewOutcome<OpenedBallot>> OpenAsync(
        Guid periodId, Guid cellId, DateOnly heldOn, IReadOnlyCollection<Guid> memberReviewIds, CancellationToken cancellationToken = default)
    {
        var period = await context.ReviewPeriods.AsNoTracking().SingleOrDefaultAsync(p => p.Id == periodId, cancellationToken);
        var cell = await context.Organizations.AsNoTracking().SingleOrDefaultAsync(o => o.Id == cellId, cancellationToken);
        if (period is null || cell is null)
        {
            return ReviewOutcomes.Refused<OpenedBallot>("Không tìm thấy kỳ đánh giá hoặc chi bộ.");
        }

        var rules = book.On(period.CoversTo);
        var level = rules.RatingBallot.Value.VotedLevels[0];
        if (heldOn < period.CoversFrom || heldOn > VietnameseDates.Today(clock))
        {
            return ReviewOutcomes.Refused<OpenedBallot>($"Ngày bỏ phiếu phải từ {VietnameseDates.Numeric(period.CoversFrom)} đến hôm nay.");
        }

        var candidates = await context.MemberReviews.AsNoTracking()
            .Where(r => r.PeriodId == periodId && r.CellId == cellId && memberReviewIds.Contains(r.Id)).ToListAsync(cancellationToken);
        if (candidates.Count == 0 || candidates.Count != memberReviewIds.Distinct().Count())
        {
            return ReviewOutcomes.Refused<OpenedBallot>("Hãy chọn đảng viên của chi bộ để đưa vào phiếu.");
        }

        if (candidates.FirstOrDefault(c => c.SelfReviewedOn is null || c.ProposedLevel is not null) is { } notReady)
        {
            return ReviewOutcomes.Refused<OpenedBallot>($"{notReady.FullName}: chỉ đưa vào phiếu đảng viên đã tự kiểm điểm và chưa được chi bộ đề xuất.");
        }

        var voters = await context.Members.AsNoTracking()
            .Where(m => m.OrganizationId == cellId && m.Status == MemberStatus.Official)
            .Select(m => new { m.Id, m.FullName }).ToListAsync(cancellationToken);
        if (voters.Count == 0)
        {
            return ReviewOutcomes.Refused<OpenedBallot>("Chi bộ không có đảng viên chính thức để bỏ phiếu.");
        }

        var ballot = new SecretBallot
        {
            PeriodId = periodId,
            CellId = cellId,
            CellName = cell.Name,
            CellPath = cell.Path,
            Level = level,
            HeldOn = heldOn,
            Issued = voters.Count,
            OpenedBy = actor.Name,
            RuleSetId = rules.Id,
        };
        ballot.Candidates.AddRange(candidates.OrderBy(c => c.FullName, PersonNames.Comparer).Select(c => new BallotCandidate
        {
            BallotId = ballot.Id,
            MemberReviewId = c.Id,
            MemberId = c.MemberId,
            FullName = c.FullName,
        }));
        context.SecretBallots.Add(ballot);
        context.BallotVoters.AddRange(voters.Select(v => new BallotVoter { BallotId = ballot.Id, MemberId = v.Id, FullName = v.FullName }));
        var codes = Enumerable.Range(0, voters.Count).Select(_ => BallotCodes.New()).ToArray();
        // Stored in an order unrelated to the voters' and handed out in another.
        RandomNumberGenerator.Shuffle(codes.AsSpan());
        context.BallotCodes.AddRange(codes.Select(code => new BallotCode { BallotId = ballot.Id, CodeHash = BallotCodes.Hash(code) }));
        RandomNumberGenerator.Shuffle(codes.AsSpan());
        await context.SaveChangesAsync(cancellationToken);
        return ReviewOutcomes.Done<OpenedBallot>(new OpenedBallot(ballot, codes));
    }

    /// <summary>The ballot a code opens (its candidates), or null when the code is unknown, used, or its ballot counted.</summary>
    public async Task<SecretBallot?> BallotOfCodeAsync(string code, CancellationToken cancellationToken = default)
    {
        var hash = BallotCodes.Hash(code);
        var ballotId = await context.BallotCodes.AsNoTracking().Where(c => c.CodeHash == hash && !c.Used).Select(c => (Guid?)c.BallotId).SingleOrDefaultAsync(cancellationToken);
        return ballotId is null ? null
            : await context.SecretBallots.AsNoTracking().Include(b => b.Candidates).SingleOrDefaultAsync(b => b.Id == ballotId && b.CountedOn == null, cancellationToken);
    }

    /// <summary>Casts one paper with a code: a mark for every candidate. The code is spent in the same transaction; a second use is refused.</summary>
    public async Task<ReviewOutcome<string>> CastAsync(string code, IReadOnlyDictionary<Guid, bool> marks, CancellationToken cancellationToken = default)
    {
        var ballot = await BallotOfCodeAsync(code, cancellationToken);
        if (ballot is null)
        {
            return ReviewOutcomes.Refused<string>("Mã phiếu không đúng, đã được dùng, hoặc cuộc bỏ phiếu đã kiểm phiếu.");
        }

        if (ballot.Candidates.Any(c => !marks.ContainsKey(c.Id)) || marks.Keys.Any(id => ballot.Candidates.All(c => c.Id != id)))
        {
            return ReviewOutcomes.Refused<string>("Hãy chọn đồng ý hoặc không đồng ý cho từng người trong phiếu.");
        }

        var hash = BallotCodes.Hash(code);
        await using var transaction = await context.Database.BeginTransactionAsync(cancellationToken);
        // Spent by a conditional update: of two casts with one code, only one changes the row.
        var spent = await context.BallotCodes.Where(c => c.CodeHash == hash && !c.Used).ExecuteUpdateAsync(s => s.SetProperty(c => c.Used, true), cancellationToken);
        if (spent != 1)
        {
            return ReviewOutcomes.Refused<string>("Mã phiếu này đã được dùng.");
        }

        var paper = Guid.NewGuid();
        context.BallotMarks.AddRange(marks.Select(mark => new BallotMark { BallotId = ballot.Id, PaperId = paper, CandidateId = mark.Key, InFavour = mark.Value }));
        await context.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return ReviewOutcomes.Done<string>("Đã bỏ phiếu. Cảm ơn đồng chí.");
    }

    /// <summary>Counts the ballot: each candidate's agreeing papers against the rule of the period; no paper is cast after.</summary>
    public async Task<ReviewOutcome<SecretBallot>> CountAsync(Guid ballotId, int version, DateOnly on, CancellationToken cancellationToken = default)
    {
        var ballot = await context.SecretBallots.Include(b => b.Candidates).SingleOrDefaultAsync(b => b.Id == ballotId, cancellationToken);
        if (ballot is null)
        {
            return ReviewOutcomes.Refused<SecretBallot>("Không tìm thấy cuộc bỏ phiếu.");
        }

        if (ballot.Version != version)
        {
            return ReviewOutcomes.Stale<SecretBallot>("Cuộc bỏ phiếu vừa được người khác thay đổi; hãy tải lại.");
        }

        if (ballot.CountedOn is not null)
        {
            return ReviewOutcomes.Refused<SecretBallot>("Đã kiểm phiếu.");
        }

        if (on < ballot.HeldOn || on > VietnameseDates.Today(clock))
        {
            return ReviewOutcomes.Refused<SecretBallot>("Ngày kiểm phiếu phải từ ngày bỏ phiếu đến hôm nay.");
        }

        var rule = book.Find(ballot.RuleSetId)!.RatingBallot.Value;
        var marks = await context.BallotMarks.AsNoTracking().Where(m => m.BallotId == ballotId).Select(m => new { m.CandidateId, m.InFavour }).ToListAsync(cancellationToken);
        ballot.Cast = await context.BallotCodes.CountAsync(c => c.BallotId == ballotId && c.Used, cancellationToken);
        foreach (var candidate in ballot.Candidates)
        {
            candidate.InFavour = marks.Count(m => m.CandidateId == candidate.Id && m.InFavour);
            candidate.Against = marks.Count(m => m.CandidateId == candidate.Id && !m.InFavour);
            candidate.Passed = rule.Passes(candidate.InFavour.Value, ballot.Issued);
        }

        ballot.CountedOn = on;
        ballot.CountedBy = actor.Name;
        ballot.Version++;
        await using var transaction = await context.Database.BeginTransactionAsync(cancellationToken);
        // Codes left unused can no longer be cast.
        await context.BallotCodes.Where(c => c.BallotId == ballotId && !c.Used).ExecuteUpdateAsync(s => s.SetProperty(c => c.Used, true), cancellationToken);
        try
        {
            await context.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            context.ChangeTracker.Clear();
            return ReviewOutcomes.Stale<SecretBallot>("Cuộc bỏ phiếu vừa được người khác thay đổi; hãy tải lại.");
        }

        return ReviewOutcomes.Done<SecretBallot>(ballot);
    }
}
