using System;
using Microsoft.EntityFrameworkCore.Migrations;


namespace DangVu.Data.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class AnnualReview : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "ReviewPeriods",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Year = table.Column<int>(type: "INTEGER", nullable: false),
                    Quarter = table.Column<int>(type: "INTEGER", nullable: true),
                    CoversFrom = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    CoversTo = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    RuleSetId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    OrganizationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    OrganizationPath = table.Column<string>(type: "TEXT", maxLength: 900, nullable: false),
                    SelfReviewDue = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    ProposalDue = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    DecisionDue = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    OrganizationSelfReviewDue = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    OrganizationDecisionDue = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    OpenedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    OpenedAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: false),
                    IsSynthetic = table.Column<bool>(type: "INTEGER", nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ReviewPeriods", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ReviewPeriods_Organizations_OrganizationId",
                        column: x => x.OrganizationId,
                        principalTable: "Organizations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "MemberReviews",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    PeriodId = table.Column<Guid>(type: "TEXT", nullable: false),
                    MemberId = table.Column<Guid>(type: "TEXT", nullable: false),
                    FullName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    CellId = table.Column<Guid>(type: "TEXT", nullable: false),
                    CellPath = table.Column<string>(type: "TEXT", maxLength: 900, nullable: false),
                    GrassrootsId = table.Column<Guid>(type: "TEXT", nullable: false),
                    SelfScores = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    SelfPoints = table.Column<decimal>(type: "TEXT", precision: 5, scale: 1, nullable: true),
                    SelfLevel = table.Column<string>(type: "TEXT", maxLength: 16, nullable: true),
                    SelfText = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    Achievements = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    TasksDonePercent = table.Column<int>(type: "INTEGER", nullable: true),
                    TasksExceededPercent = table.Column<int>(type: "INTEGER", nullable: true),
                    SelfReviewedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    ProposedLevel = table.Column<string>(type: "TEXT", maxLength: 16, nullable: true),
                    ProposedPoints = table.Column<decimal>(type: "TEXT", precision: 5, scale: 1, nullable: true),
                    ProposalNote = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    ProposedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    ProposedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    DecidedLevel = table.Column<string>(type: "TEXT", maxLength: 16, nullable: true),
                    DecidedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    DecidedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    OverrideReason = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    IsSynthetic = table.Column<bool>(type: "INTEGER", nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_MemberReviews", x => x.Id);
                    table.ForeignKey(
                        name: "FK_MemberReviews_Members_MemberId",
                        column: x => x.MemberId,
                        principalTable: "Members",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_MemberReviews_ReviewPeriods_PeriodId",
                        column: x => x.PeriodId,
                        principalTable: "ReviewPeriods",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "OrganizationReviews",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    PeriodId = table.Column<Guid>(type: "TEXT", nullable: false),
                    OrganizationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    OrganizationPath = table.Column<string>(type: "TEXT", maxLength: 900, nullable: false),
                    ParentId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ParentPath = table.Column<string>(type: "TEXT", maxLength: 900, nullable: false),
                    SelfPoints = table.Column<decimal>(type: "TEXT", precision: 5, scale: 1, nullable: true),
                    SelfLevel = table.Column<string>(type: "TEXT", maxLength: 16, nullable: true),
                    SelfText = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    Achievements = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    TasksDonePercent = table.Column<int>(type: "INTEGER", nullable: true),
                    TasksExceededPercent = table.Column<int>(type: "INTEGER", nullable: true),
                    SelfReviewedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    ProposedLevel = table.Column<string>(type: "TEXT", maxLength: 16, nullable: true),
                    ProposalNote = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    ProposedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    ProposedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    DecidedLevel = table.Column<string>(type: "TEXT", maxLength: 16, nullable: true),
                    DecidedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    DecidedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    IsSynthetic = table.Column<bool>(type: "INTEGER", nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_OrganizationReviews", x => x.Id);
                    table.ForeignKey(
                        name: "FK_OrganizationReviews_Organizations_OrganizationId",
                        column: x => x.OrganizationId,
                        principalTable: "Organizations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_OrganizationReviews_ReviewPeriods_PeriodId",
                        column: x => x.PeriodId,
                        principalTable: "ReviewPeriods",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "SecretBallots",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    PeriodId = table.Column<Guid>(type: "TEXT", nullable: false),
                    CellId = table.Column<Guid>(type: "TEXT", nullable: false),
                    CellName = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    CellPath = table.Column<string>(type: "TEXT", maxLength: 900, nullable: false),
                    Level = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    HeldOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Issued = table.Column<int>(type: "INTEGER", nullable: false),
                    Cast = table.Column<int>(type: "INTEGER", nullable: true),
                    CountedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    CountedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    OpenedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    RuleSetId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SecretBallots", x => x.Id);
                    table.ForeignKey(
                        name: "FK_SecretBallots_ReviewPeriods_PeriodId",
                        column: x => x.PeriodId,
                        principalTable: "ReviewPeriods",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "BallotCandidates",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    BallotId = table.Column<Guid>(type: "TEXT", nullable: false),
                    MemberReviewId = table.Column<Guid>(type: "TEXT", nullable: false),
                    MemberId = table.Column<Guid>(type: "TEXT", nullable: false),
                    FullName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    InFavour = table.Column<int>(type: "INTEGER", nullable: true),
                    Against = table.Column<int>(type: "INTEGER", nullable: true),
                    Passed = table.Column<bool>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_BallotCandidates", x => x.Id);
                    table.ForeignKey(
                        name: "FK_BallotCandidates_SecretBallots_BallotId",
                        column: x => x.BallotId,
                        principalTable: "SecretBallots",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "BallotCodes",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    BallotId = table.Column<Guid>(type: "TEXT", nullable: false),
                    CodeHash = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Used = table.Column<bool>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_BallotCodes", x => x.Id);
                    table.ForeignKey(
                        name: "FK_BallotCodes_SecretBallots_BallotId",
                        column: x => x.BallotId,
                        principalTable: "SecretBallots",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "BallotVoters",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    BallotId = table.Column<Guid>(type: "TEXT", nullable: false),
                    MemberId = table.Column<Guid>(type: "TEXT", nullable: false),
                    FullName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_BallotVoters", x => x.Id);
                    table.ForeignKey(
                        name: "FK_BallotVoters_SecretBallots_BallotId",
                        column: x => x.BallotId,
                        principalTable: "SecretBallots",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "BallotMarks",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    BallotId = table.Column<Guid>(type: "TEXT", nullable: false),
                    PaperId = table.Column<Guid>(type: "TEXT", nullable: false),
                    CandidateId = table.Column<Guid>(type: "TEXT", nullable: false),
                    InFavour = table.Column<bool>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_BallotMarks", x => x.Id);
                    table.ForeignKey(
                        name: "FK_BallotMarks_BallotCandidates_CandidateId",
                        column: x => x.CandidateId,
                        principalTable: "BallotCandidates",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_BallotMarks_SecretBallots_BallotId",
                        column: x => x.BallotId,
                        principalTable: "SecretBallots",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_BallotCandidates_BallotId_MemberReviewId",
                table: "BallotCandidates",
                columns: new[] { "BallotId", "MemberReviewId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_BallotCodes_BallotId",
                table: "BallotCodes",
                column: "BallotId");

            migrationBuilder.CreateIndex(
                name: "IX_BallotCodes_CodeHash",
                table: "BallotCodes",
                column: "CodeHash",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_BallotMarks_BallotId",
                table: "BallotMarks",
                column: "BallotId");

            migrationBuilder.CreateIndex(
                name: "IX_BallotMarks_CandidateId",
                table: "BallotMarks",
                column: "CandidateId");

            migrationBuilder.CreateIndex(
                name: "IX_BallotVoters_BallotId_MemberId",
                table: "BallotVoters",
                columns: new[] { "BallotId", "MemberId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_MemberReviews_MemberId",
                table: "MemberReviews",
                column: "MemberId");

            migrationBuilder.CreateIndex(
                name: "IX_MemberReviews_PeriodId_CellPath",
                table: "MemberReviews",
                columns: new[] { "PeriodId", "CellPath" });

            migrationBuilder.CreateIndex(
                name: "IX_MemberReviews_PeriodId_GrassrootsId",
                table: "MemberReviews",
                columns: new[] { "PeriodId", "GrassrootsId" });

            migrationBuilder.CreateIndex(
                name: "IX_MemberReviews_PeriodId_MemberId",
                table: "MemberReviews",
                columns: new[] { "PeriodId", "MemberId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_OrganizationReviews_OrganizationId",
                table: "OrganizationReviews",
                column: "OrganizationId");

            migrationBuilder.CreateIndex(
                name: "IX_OrganizationReviews_PeriodId_OrganizationId",
                table: "OrganizationReviews",
                columns: new[] { "PeriodId", "OrganizationId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_OrganizationReviews_PeriodId_OrganizationPath",
                table: "OrganizationReviews",
                columns: new[] { "PeriodId", "OrganizationPath" });

            migrationBuilder.CreateIndex(
                name: "IX_ReviewPeriods_OrganizationId",
                table: "ReviewPeriods",
                column: "OrganizationId");

            migrationBuilder.CreateIndex(
                name: "IX_ReviewPeriods_OrganizationPath_Year",
                table: "ReviewPeriods",
                columns: new[] { "OrganizationPath", "Year" });

            migrationBuilder.CreateIndex(
                name: "IX_SecretBallots_PeriodId_CellPath",
                table: "SecretBallots",
                columns: new[] { "PeriodId", "CellPath" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "BallotCodes");

            migrationBuilder.DropTable(
                name: "BallotMarks");

            migrationBuilder.DropTable(
                name: "BallotVoters");

            migrationBuilder.DropTable(
                name: "MemberReviews");

            migrationBuilder.DropTable(
                name: "OrganizationReviews");

            migrationBuilder.DropTable(
                name: "BallotCandidates");

            migrationBuilder.DropTable(
                name: "SecretBallots");

            migrationBuilder.DropTable(
                name: "ReviewPeriods");
        }
    }
}
