using DangVu.Data.Accounts;
using DangVu.Data.Admission;
using DangVu.Data.Audit;
using DangVu.Data.Documents;
using DangVu.Data.FollowUp;
using DangVu.Data.Meetings;
using DangVu.Data.Members;
using DangVu.Data.Organizations;
using DangVu.Data.Reviews;
using DangVu.Data.Statistics;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace DangVu.Data;

/// <summary>The one DbContext of DangVu, on SQLite or PostgreSQL as configured.</summary>
public sealed class DangVuDbContext(DbContextOptions<DangVuDbContext> options)
    : IdentityUserContext<AppUser, Guid>(options), IDataProtectionKeyContext
{
    /// <summary>Who the audit entries of this context's saves name (see <see cref="AuditingInterceptor"/>): the system until a scope says otherwise.</summary>
    internal IAuditActor AuditActor { get; private set; } = new SystemAuditActor();

    /// <summary>The keys that protect sign-in cookies and CSRF tokens, shared by every instance on this database.</summary>
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    public DbSet<UserGrant> UserGrants => Set<UserGrant>();

    public DbSet<PartyOrganization> Organizations => Set<PartyOrganization>();

    public DbSet<OrganizationVersion> OrganizationVersions => Set<OrganizationVersion>();

    public DbSet<OrganizationChange> OrganizationChanges => Set<OrganizationChange>();

    public DbSet<PartyMember> Members => Set<PartyMember>();

    /// <summary>Members counted per organization subtree (see <see cref="MemberCounters"/>); written only with SQL.</summary>
    public DbSet<MemberCount> MemberCounts => Set<MemberCount>();

    public DbSet<AdmissionCase> AdmissionCases => Set<AdmissionCase>();

    public DbSet<AdmissionStepRecord> AdmissionSteps => Set<AdmissionStepRecord>();

    public DbSet<Training.TrainingClass> TrainingClasses => Set<Training.TrainingClass>();

    public DbSet<Training.TrainingEnrolment> TrainingEnrolments => Set<Training.TrainingEnrolment>();

    public DbSet<RegisteredDocument> Documents => Set<RegisteredDocument>();

    public DbSet<DocumentCitation> DocumentCitations => Set<DocumentCitation>();

    public DbSet<DocumentContent> DocumentContents => Set<DocumentContent>();

    public DbSet<FollowUpTask> FollowUpTasks => Set<FollowUpTask>();

    public DbSet<TaskCooperator> TaskCooperators => Set<TaskCooperator>();

    public DbSet<ProgressReport> ProgressReports => Set<ProgressReport>();

    public DbSet<EvidenceFile> EvidenceFiles => Set<EvidenceFile>();

    public DbSet<EvidenceContent> EvidenceContents => Set<EvidenceContent>();

    public DbSet<SentReminder> SentReminders => Set<SentReminder>();

    public DbSet<Notification> Notifications => Set<Notification>();

    public DbSet<CellMeeting> CellMeetings => Set<CellMeeting>();

    public DbSet<MeetingInvitation> MeetingInvitations => Set<MeetingInvitation>();

    public DbSet<MeetingDocument> MeetingDocuments => Set<MeetingDocument>();

    public DbSet<ReviewPeriod> ReviewPeriods => Set<ReviewPeriod>();

    public DbSet<MemberReview> MemberReviews => Set<MemberReview>();

    public DbSet<OrganizationReview> OrganizationReviews => Set<OrganizationReview>();

    public DbSet<SecretBallot> SecretBallots => Set<SecretBallot>();

    public DbSet<BallotCandidate> BallotCandidates => Set<BallotCandidate>();

    public DbSet<BallotVoter> BallotVoters => Set<BallotVoter>();

    /// <summary>Hashes of one-time ballot codes; never audited (see <see cref="ISecretBallotRow"/>).</summary>
    public DbSet<BallotCode> BallotCodes => Set<BallotCode>();

    /// <summary>Marks on cast ballots; never audited (see <see cref="ISecretBallotRow"/>).</summary>
    public DbSet<BallotMark> BallotMarks => Set<BallotMark>();

    public DbSet<AuditEntry> AuditEntries => Set<AuditEntry>();

    public DbSet<AuditHead> AuditHeads => Set<AuditHead>();

    /// <summary>Events to append to the audit log at the next SaveChanges (see <see cref="AuditingInterceptor"/>).</summary>
    internal List<AuditEvent> PendingAuditEvents { get; } = [];

    /// <summary>Counter deltas of the save in progress (see <see cref="MemberCountingInterceptor"/>).</summary>
    internal PendingMemberCounts? PendingMemberCounts { get; set; }

    /// <summary>Whether this context holds the audit chain's lock between saving and saved.</summary>
    internal bool HoldsAuditChainLock { get; set; }

    /// <summary>
    /// Readies a context rented from the pool for a new scope: its actor, and none of the previous user's pending
    /// audit events or counts (EF resets its own state — tracked entities, connection, transaction behaviour).
    /// </summary>
    internal DangVuDbContext ActingAs(IAuditActor actor)
    {
        AuditActor = actor;
        PendingAuditEvents.Clear();
        PendingMemberCounts = null;
        return this;
    }

    /// <summary>The name of the Vietnamese collation on this provider.</summary>
    public string VietnameseCollation => Text.VietnameseCollation.NameFor(Database);

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(DangVuDbContext).Assembly);
        builder.Entity<AppUser>().Property(user => user.GivenName).UseCollation(VietnameseCollation);
        builder.Entity<AppUser>().Property(user => user.SortName).UseCollation(VietnameseCollation);
        builder.Entity<PartyOrganization>().Property(organization => organization.Name).UseCollation(VietnameseCollation);
        builder.Entity<PartyMember>().Property(member => member.GivenName).UseCollation(VietnameseCollation);
        builder.Entity<PartyMember>().Property(member => member.SortName).UseCollation(VietnameseCollation);
        MemberSearchIndexes.Configure(builder.Entity<PartyMember>(), Database.IsNpgsql());
        MemberNameFeed.Configure(builder.Entity<PartyMember>(), Database.IsNpgsql());
        DocumentSearchIndexes.Configure(builder, Database.IsNpgsql());
        Sensitive.MarkIdentitySecrets(builder);
    }
}
