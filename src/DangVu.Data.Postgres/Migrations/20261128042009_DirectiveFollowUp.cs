using System;
using Microsoft.EntityFrameworkCore.Migrations;


namespace DangVu.Data.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class DirectiveFollowUp : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "FollowUpEvidenceContents",
                columns: table => new
                {
                    Sha256 = table.Column<string>(type: "character(64)", fixedLength: true, maxLength: 64, nullable: false),
                    Content = table.Column<byte[]>(type: "bytea", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_FollowUpEvidenceContents", x => x.Sha256);
                });

            migrationBuilder.CreateTable(
                name: "FollowUpTasks",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Title = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    SourceKind = table.Column<string>(type: "character varying(24)", maxLength: 24, nullable: false),
                    SourceKey = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    SourceNumberSymbol = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    SourceTitle = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    SourceDate = table.Column<DateOnly>(type: "date", nullable: true),
                    SourceParagraph = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: true),
                    SourceText = table.Column<string>(type: "character varying(20000)", maxLength: 20000, nullable: false),
                    SplitFromId = table.Column<Guid>(type: "uuid", nullable: true),
                    IsSplit = table.Column<bool>(type: "boolean", nullable: false),
                    IssuingOrganizationId = table.Column<Guid>(type: "uuid", nullable: false),
                    LeadOrganizationId = table.Column<Guid>(type: "uuid", nullable: false),
                    TrackingOfficerId = table.Column<Guid>(type: "uuid", nullable: true),
                    TermKind = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    StartOn = table.Column<DateOnly>(type: "date", nullable: false),
                    DueOn = table.Column<DateOnly>(type: "date", nullable: false),
                    Cadence = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    ReminderDays = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    CompletedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    LastReportOn = table.Column<DateOnly>(type: "date", nullable: true),
                    LastReportStatus = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: true),
                    ReportCount = table.Column<int>(type: "integer", nullable: false),
                    CreatedBy = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    IsSynthetic = table.Column<bool>(type: "boolean", nullable: false),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_FollowUpTasks", x => x.Id);
                    table.ForeignKey(
                        name: "FK_FollowUpTasks_AspNetUsers_TrackingOfficerId",
                        column: x => x.TrackingOfficerId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                    table.ForeignKey(
                        name: "FK_FollowUpTasks_FollowUpTasks_SplitFromId",
                        column: x => x.SplitFromId,
                        principalTable: "FollowUpTasks",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_FollowUpTasks_Organizations_IssuingOrganizationId",
                        column: x => x.IssuingOrganizationId,
                        principalTable: "Organizations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_FollowUpTasks_Organizations_LeadOrganizationId",
                        column: x => x.LeadOrganizationId,
                        principalTable: "Organizations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "FollowUpCooperators",
                columns: table => new
                {
                    TaskId = table.Column<Guid>(type: "uuid", nullable: false),
                    OrganizationId = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_FollowUpCooperators", x => new { x.TaskId, x.OrganizationId });
                    table.ForeignKey(
                        name: "FK_FollowUpCooperators_FollowUpTasks_TaskId",
                        column: x => x.TaskId,
                        principalTable: "FollowUpTasks",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_FollowUpCooperators_Organizations_OrganizationId",
                        column: x => x.OrganizationId,
                        principalTable: "Organizations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "FollowUpReminders",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    TaskId = table.Column<Guid>(type: "uuid", nullable: false),
                    Kind = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    ConcernsOn = table.Column<DateOnly>(type: "date", nullable: false),
                    RecipientId = table.Column<Guid>(type: "uuid", nullable: false),
                    Email = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    Subject = table.Column<string>(type: "character varying(400)", maxLength: 400, nullable: false),
                    Body = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    Delivery = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    Attempts = table.Column<int>(type: "integer", nullable: false),
                    LeasedUntil = table.Column<long>(type: "bigint", nullable: true),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    SentAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    LastError = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_FollowUpReminders", x => x.Id);
                    table.ForeignKey(
                        name: "FK_FollowUpReminders_AspNetUsers_RecipientId",
                        column: x => x.RecipientId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_FollowUpReminders_FollowUpTasks_TaskId",
                        column: x => x.TaskId,
                        principalTable: "FollowUpTasks",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "FollowUpReports",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    TaskId = table.Column<Guid>(type: "uuid", nullable: false),
                    OrganizationId = table.Column<Guid>(type: "uuid", nullable: false),
                    ReportedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    Status = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    Text = table.Column<string>(type: "character varying(8000)", maxLength: 8000, nullable: false),
                    Figures = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    ReportedById = table.Column<Guid>(type: "uuid", nullable: true),
                    ReportedBy = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    RecordedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_FollowUpReports", x => x.Id);
                    table.ForeignKey(
                        name: "FK_FollowUpReports_FollowUpTasks_TaskId",
                        column: x => x.TaskId,
                        principalTable: "FollowUpTasks",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_FollowUpReports_Organizations_OrganizationId",
                        column: x => x.OrganizationId,
                        principalTable: "Organizations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Notifications",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    UserId = table.Column<Guid>(type: "uuid", nullable: false),
                    Title = table.Column<string>(type: "character varying(400)", maxLength: 400, nullable: false),
                    Body = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    Link = table.Column<string>(type: "character varying(400)", maxLength: 400, nullable: true),
                    TaskId = table.Column<Guid>(type: "uuid", nullable: true),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    ReadAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Notifications", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Notifications_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_Notifications_FollowUpTasks_TaskId",
                        column: x => x.TaskId,
                        principalTable: "FollowUpTasks",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "FollowUpEvidence",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    ReportId = table.Column<Guid>(type: "uuid", nullable: false),
                    TaskId = table.Column<Guid>(type: "uuid", nullable: false),
                    FileName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    ContentType = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Size = table.Column<long>(type: "bigint", nullable: false),
                    Sha256 = table.Column<string>(type: "character(64)", fixedLength: true, maxLength: 64, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_FollowUpEvidence", x => x.Id);
                    table.ForeignKey(
                        name: "FK_FollowUpEvidence_FollowUpEvidenceContents_Sha256",
                        column: x => x.Sha256,
                        principalTable: "FollowUpEvidenceContents",
                        principalColumn: "Sha256",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_FollowUpEvidence_FollowUpReports_ReportId",
                        column: x => x.ReportId,
                        principalTable: "FollowUpReports",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_FollowUpCooperators_OrganizationId",
                table: "FollowUpCooperators",
                column: "OrganizationId");

            migrationBuilder.CreateIndex(
                name: "IX_FollowUpEvidence_ReportId",
                table: "FollowUpEvidence",
                column: "ReportId");

            migrationBuilder.CreateIndex(
                name: "IX_FollowUpEvidence_Sha256",
                table: "FollowUpEvidence",
                column: "Sha256");

            migrationBuilder.CreateIndex(
                name: "IX_FollowUpEvidence_TaskId",
                table: "FollowUpEvidence",
                column: "TaskId");

            migrationBuilder.CreateIndex(
                name: "IX_FollowUpReminders_Delivery_LeasedUntil",
                table: "FollowUpReminders",
                columns: new[] { "Delivery", "LeasedUntil" });

            migrationBuilder.CreateIndex(
                name: "IX_FollowUpReminders_RecipientId",
                table: "FollowUpReminders",
                column: "RecipientId");

            migrationBuilder.CreateIndex(
                name: "IX_FollowUpReminders_TaskId_Kind_ConcernsOn_RecipientId",
                table: "FollowUpReminders",
                columns: new[] { "TaskId", "Kind", "ConcernsOn", "RecipientId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_FollowUpReports_OrganizationId",
                table: "FollowUpReports",
                column: "OrganizationId");

            migrationBuilder.CreateIndex(
                name: "IX_FollowUpReports_TaskId_ReportedOn_Status",
                table: "FollowUpReports",
                columns: new[] { "TaskId", "ReportedOn", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_FollowUpTasks_CompletedOn_DueOn",
                table: "FollowUpTasks",
                columns: new[] { "CompletedOn", "DueOn" });

            migrationBuilder.CreateIndex(
                name: "IX_FollowUpTasks_IssuingOrganizationId",
                table: "FollowUpTasks",
                column: "IssuingOrganizationId");

            migrationBuilder.CreateIndex(
                name: "IX_FollowUpTasks_LeadOrganizationId_DueOn",
                table: "FollowUpTasks",
                columns: new[] { "LeadOrganizationId", "DueOn" });

            migrationBuilder.CreateIndex(
                name: "IX_FollowUpTasks_SourceKey_DueOn",
                table: "FollowUpTasks",
                columns: new[] { "SourceKey", "DueOn" });

            migrationBuilder.CreateIndex(
                name: "IX_FollowUpTasks_SplitFromId",
                table: "FollowUpTasks",
                column: "SplitFromId");

            migrationBuilder.CreateIndex(
                name: "IX_FollowUpTasks_TrackingOfficerId",
                table: "FollowUpTasks",
                column: "TrackingOfficerId");

            migrationBuilder.CreateIndex(
                name: "IX_Notifications_TaskId",
                table: "Notifications",
                column: "TaskId");

            migrationBuilder.CreateIndex(
                name: "IX_Notifications_UserId_Id",
                table: "Notifications",
                columns: new[] { "UserId", "Id" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "FollowUpCooperators");

            migrationBuilder.DropTable(
                name: "FollowUpEvidence");

            migrationBuilder.DropTable(
                name: "FollowUpReminders");

            migrationBuilder.DropTable(
                name: "Notifications");

            migrationBuilder.DropTable(
                name: "FollowUpEvidenceContents");

            migrationBuilder.DropTable(
                name: "FollowUpReports");

            migrationBuilder.DropTable(
                name: "FollowUpTasks");
        }
    }
}
