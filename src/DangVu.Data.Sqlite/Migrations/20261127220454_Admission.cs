using System;
using Microsoft.EntityFrameworkCore.Migrations;


namespace DangVu.Data.Sqlite.Migrations
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
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    FullName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    BirthDate = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Gender = table.Column<string>(type: "TEXT", maxLength: 8, nullable: false),
                    Source = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Sector = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Profession = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    OrganizationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    OrganizationPath = table.Column<string>(type: "TEXT", maxLength: 900, nullable: false),
                    RegisteredOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Step = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    CertificateIssuedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    DecisionOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    CeremonyOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    ProbationEndsOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    RecognizedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    ClosedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    ClosedReason = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    MemberId = table.Column<Guid>(type: "TEXT", nullable: true),
                    IsSynthetic = table.Column<bool>(type: "INTEGER", nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
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
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    CaseId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Step = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    On = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Passed = table.Column<bool>(type: "INTEGER", nullable: true),
                    Members = table.Column<int>(type: "INTEGER", nullable: true),
                    Away = table.Column<int>(type: "INTEGER", nullable: true),
                    InFavour = table.Column<int>(type: "INTEGER", nullable: true),
                    Documents = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    DocumentNumber = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    Note = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    Warnings = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    RuleSetId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    RecordedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    RecordedAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: false)
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
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    StepRecordId = table.Column<Guid>(type: "TEXT", nullable: false),
                    MemberId = table.Column<Guid>(type: "TEXT", nullable: false),
                    FullName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    KnownSince = table.Column<DateOnly>(type: "TEXT", nullable: false)
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
