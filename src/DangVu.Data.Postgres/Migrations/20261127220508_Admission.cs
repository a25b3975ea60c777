using System;
using Microsoft.EntityFrameworkCore.Migrations;


namespace DangVu.Data.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class Admission : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "AdmissionCases",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    FullName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    BirthDate = table.Column<DateOnly>(type: "date", nullable: false),
                    Gender = table.Column<string>(type: "character varying(8)", maxLength: 8, nullable: false),
                    Source = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    Sector = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    Profession = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    OrganizationId = table.Column<Guid>(type: "uuid", nullable: false),
                    OrganizationPath = table.Column<string>(type: "character varying(900)", maxLength: 900, nullable: false),
                    RegisteredOn = table.Column<DateOnly>(type: "date", nullable: false),
                    Step = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    Status = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    CertificateIssuedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    DecisionOn = table.Column<DateOnly>(type: "date", nullable: true),
                    CeremonyOn = table.Column<DateOnly>(type: "date", nullable: true),
                    ProbationEndsOn = table.Column<DateOnly>(type: "date", nullable: true),
                    RecognizedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    ClosedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    ClosedReason = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    MemberId = table.Column<Guid>(type: "uuid", nullable: true),
                    IsSynthetic = table.Column<bool>(type: "boolean", nullable: false),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AdmissionCases", x => x.Id);
                    table.ForeignKey(
                        name: "FK_AdmissionCases_Members_MemberId",
                        column: x => x.MemberId,
                        principalTable: "Members",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_AdmissionCases_Organizations_OrganizationId",
                        column: x => x.OrganizationId,
                        principalTable: "Organizations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "AdmissionSteps",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    CaseId = table.Column<Guid>(type: "uuid", nullable: false),
                    Step = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    On = table.Column<DateOnly>(type: "date", nullable: false),
                    Passed = table.Column<bool>(type: "boolean", nullable: true),
                    Members = table.Column<int>(type: "integer", nullable: true),
                    Away = table.Column<int>(type: "integer", nullable: true),
                    InFavour = table.Column<int>(type: "integer", nullable: true),
                    Documents = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    DocumentNumber = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    Note = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    Warnings = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    RuleSetId = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    RecordedBy = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    RecordedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AdmissionSteps", x => x.Id);
                    table.ForeignKey(
                        name: "FK_AdmissionSteps_AdmissionCases_CaseId",
                        column: x => x.CaseId,
                        principalTable: "AdmissionCases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "AdmissionIntroducers",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    StepRecordId = table.Column<Guid>(type: "uuid", nullable: false),
                    MemberId = table.Column<Guid>(type: "uuid", nullable: false),
                    FullName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    KnownSince = table.Column<DateOnly>(type: "date", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AdmissionIntroducers", x => x.Id);
                    table.ForeignKey(
                        name: "FK_AdmissionIntroducers_AdmissionSteps_StepRecordId",
                        column: x => x.StepRecordId,
                        principalTable: "AdmissionSteps",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_AdmissionIntroducers_Members_MemberId",
                        column: x => x.MemberId,
                        principalTable: "Members",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_AdmissionCases_DecisionOn",
                table: "AdmissionCases",
                column: "DecisionOn");

            migrationBuilder.CreateIndex(
                name: "IX_AdmissionCases_MemberId",
                table: "AdmissionCases",
                column: "MemberId");

            migrationBuilder.CreateIndex(
                name: "IX_AdmissionCases_OrganizationId",
                table: "AdmissionCases",
                column: "OrganizationId");

            migrationBuilder.CreateIndex(
                name: "IX_AdmissionCases_OrganizationPath_Status",
                table: "AdmissionCases",
                columns: new[] { "OrganizationPath", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_AdmissionIntroducers_MemberId",
                table: "AdmissionIntroducers",
                column: "MemberId");

            migrationBuilder.CreateIndex(
                name: "IX_AdmissionIntroducers_StepRecordId",
                table: "AdmissionIntroducers",
                column: "StepRecordId");

            migrationBuilder.CreateIndex(
                name: "IX_AdmissionSteps_CaseId_On",
                table: "AdmissionSteps",
                columns: new[] { "CaseId", "On" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "AdmissionIntroducers");

            migrationBuilder.DropTable(
                name: "AdmissionSteps");

            migrationBuilder.DropTable(
                name: "AdmissionCases");
        }
    }
}
