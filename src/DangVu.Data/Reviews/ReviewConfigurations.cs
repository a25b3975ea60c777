using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DangVu.Data.Reviews;

internal sealed class ReviewPeriodConfiguration : IEntityTypeConfiguration<ReviewPeriod>
{
    public void Configure(EntityTypeBuilder<ReviewPeriod> period)
    {
        period.ToTable("ReviewPeriods");
        period.Property(p => p.Name).HasMaxLength(64);
        period.Property(p => p.Kind).HasConversion<string>().HasMaxLength(16);
        period.Property(p => p.RuleSetId).HasMaxLength(64);
        period.Property(p => p.OrganizationPath).HasMaxLength(900);
        period.Property(p => p.OpenedBy).HasMaxLength(256);
        period.Property(p => p.Version).IsConcurrencyToken();
        period.HasIndex(p => new { p.OrganizationPath, p.Year });
        period.HasOne<Organizations.PartyOrganization>().WithMany().HasForeignKey(p => p.OrganizationId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class MemberReviewConfiguration : IEntityTypeConfiguration<MemberReview>
{
    public void Configure(EntityTypeBuilder<MemberReview> review)
    {
        review.ToTable("MemberReviews");
        review.Ignore(r => r.Stage);
        review.Ignore(r => r.CurrentLevel);
        review.Ignore(r => r.Evidence);
        review.Property(r => r.FullName).HasMaxLength(Core.Members.MemberLimits.FullName);
        review.Property(r => r.CellPath).HasMaxLength(900);
        review.Property(r => r.SelfScores).HasMaxLength(1000);
        review.Property(r => r.SelfPoints).HasPrecision(5, 1);
        review.Property(r => r.ProposedPoints).HasPrecision(5, 1);
        review.Property(r => r.SelfLevel).HasConversion<string>().HasMaxLength(16);
        review.Property(r => r.ProposedLevel).HasConversion<string>().HasMaxLength(16);
        review.Property(r => r.DecidedLevel).HasConversion<string>().HasMaxLength(16);
        review.Property(r => r.SelfText).HasMaxLength(ReviewLimits.Text);
        review.Property(r => r.Achievements).HasMaxLength(ReviewLimits.Text);
        review.Property(r => r.ProposalNote).HasMaxLength(ReviewLimits.Text);
        review.Property(r => r.OverrideReason).HasMaxLength(ReviewLimits.Reason);
        review.Property(r => r.ProposedBy).HasMaxLength(256);
        review.Property(r => r.DecidedBy).HasMaxLength(256);
        review.Property(r => r.Version).IsConcurrencyToken();
        review.HasIndex(r => new { r.PeriodId, r.MemberId }).IsUnique();
        review.HasIndex(r => new { r.PeriodId, r.CellPath });
        review.HasIndex(r => new { r.PeriodId, r.GrassrootsId });
        review.HasIndex(r => r.MemberId);
        review.HasOne<ReviewPeriod>().WithMany().HasForeignKey(r => r.PeriodId).OnDelete(DeleteBehavior.Cascade);
        review.HasOne<Members.PartyMember>().WithMany().HasForeignKey(r => r.MemberId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class OrganizationReviewConfiguration : IEntityTypeConfiguration<OrganizationReview>
{
    public void Configure(EntityTypeBuilder<OrganizationReview> review)
    {
        review.ToTable("OrganizationReviews");
        review.Ignore(r => r.Stage);
        review.Ignore(r => r.Evidence);
        review.Property(r => r.Name).HasMaxLength(300);
        review.Property(r => r.Kind).HasConversion<string>().HasMaxLength(32);
        review.Property(r => r.OrganizationPath).HasMaxLength(900);
        review.Property(r => r.ParentPath).HasMaxLength(900);
        review.Property(r => r.SelfPoints).HasPrecision(5, 1);
        review.Property(r => r.SelfLevel).HasConversion<string>().HasMaxLength(16);
        review.Property(r => r.ProposedLevel).HasConversion<string>().HasMaxLength(16);
        review.Property(r => r.DecidedLevel).HasConversion<string>().HasMaxLength(16);
        review.Property(r => r.SelfText).HasMaxLength(ReviewLimits.Text);
        review.Property(r => r.Achievements).HasMaxLength(ReviewLimits.Text);
        review.Property(r => r.ProposalNote).HasMaxLength(ReviewLimits.Text);
        review.Property(r => r.ProposedBy).HasMaxLength(256);
        review.Property(r => r.DecidedBy).HasMaxLength(256);
        review.Property(r => r.Version).IsConcurrencyToken();
        review.HasIndex(r => new { r.PeriodId, r.OrganizationId }).IsUnique();
        review.HasIndex(r => new { r.PeriodId, r.OrganizationPath });
        review.HasOne<ReviewPeriod>().WithMany().HasForeignKey(r => r.PeriodId).OnDelete(DeleteBehavior.Cascade);
        review.HasOne<Organizations.PartyOrganization>().WithMany().HasForeignKey(r => r.OrganizationId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class SecretBallotConfiguration : IEntityTypeConfiguration<SecretBallot>
{
    public void Configure(EntityTypeBuilder<SecretBallot> ballot)
    {
        ballot.ToTable("SecretBallots");
        ballot.Property(b => b.CellName).HasMaxLength(300);
        ballot.Property(b => b.CellPath).HasMaxLength(900);
        ballot.Property(b => b.Level).HasConversion<string>().HasMaxLength(16);
        ballot.Property(b => b.OpenedBy).HasMaxLength(256);
        ballot.Property(b => b.CountedBy).HasMaxLength(256);
        ballot.Property(b => b.RuleSetId).HasMaxLength(64);
        ballot.Property(b => b.Version).IsConcurrencyToken();
        ballot.HasIndex(b => new { b.PeriodId, b.CellPath });
        ballot.HasOne<ReviewPeriod>().WithMany().HasForeignKey(b => b.PeriodId).OnDelete(DeleteBehavior.Cascade);
        ballot.HasMany(b => b.Candidates).WithOne().HasForeignKey(c => c.BallotId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class BallotCandidateConfiguration : IEntityTypeConfiguration<BallotCandidate>
{
    public void Configure(EntityTypeBuilder<BallotCandidate> candidate)
    {
        candidate.ToTable("BallotCandidates");
        candidate.Property(c => c.FullName).HasMaxLength(Core.Members.MemberLimits.FullName);
        candidate.HasIndex(c => new { c.BallotId, c.MemberReviewId }).IsUnique();
    }
}

internal sealed class BallotVoterConfiguration : IEntityTypeConfiguration<BallotVoter>
{
    public void Configure(EntityTypeBuilder<BallotVoter> voter)
    {
        voter.ToTable("BallotVoters");
        voter.Property(v => v.FullName).HasMaxLength(Core.Members.MemberLimits.FullName);
        voter.HasIndex(v => new { v.BallotId, v.MemberId }).IsUnique();
        voter.HasOne<SecretBallot>().WithMany().HasForeignKey(v => v.BallotId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class BallotCodeConfiguration : IEntityTypeConfiguration<BallotCode>
{
    public void Configure(EntityTypeBuilder<BallotCode> code)
    {
        code.ToTable("BallotCodes");
        code.Property(c => c.CodeHash).HasMaxLength(64);
        code.HasIndex(c => c.CodeHash).IsUnique();
        code.HasIndex(c => c.BallotId);
        code.HasOne<SecretBallot>().WithMany().HasForeignKey(c => c.BallotId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class BallotMarkConfiguration : IEntityTypeConfiguration<BallotMark>
{
    public void Configure(EntityTypeBuilder<BallotMark> mark)
    {
        mark.ToTable("BallotMarks");
        mark.HasIndex(m => m.BallotId);
        mark.HasOne<SecretBallot>().WithMany().HasForeignKey(m => m.BallotId).OnDelete(DeleteBehavior.Cascade);
        mark.HasOne<BallotCandidate>().WithMany().HasForeignKey(m => m.CandidateId).OnDelete(DeleteBehavior.Cascade);
    }
}
