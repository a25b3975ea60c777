using System;
using Microsoft.EntityFrameworkCore.Migrations;


namespace DangVu.Data.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class Training : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<Guid>(
                name: "TrainingEnrolmentId",
                table: "AdmissionSteps",
                type: "uuid",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "TrainingClasses",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Kind = table.Column<string>(type: "character varying(24)", maxLength: 24, nullable: false),
                    Name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Topic = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: true),
                    TopicKey = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    OrganizerId = table.Column<Guid>(type: "uuid", nullable: false),
                    OrganizerPath = table.Column<string>(type: "character varying(900)", maxLength: 900, nullable: false),
                    StartsOn = table.Column<DateOnly>(type: "date", nullable: false),
                    EndsOn = table.Column<DateOnly>(type: "date", nullable: false),
                    Place = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    IsSynthetic = table.Column<bool>(type: "boolean", nullable: false),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_TrainingClasses", x => x.Id);
                    table.ForeignKey(
                        name: "FK_TrainingClasses_Organizations_OrganizerId",
                        column: x => x.OrganizerId,
                        principalTable: "Organizations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "TrainingEnrolments",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    ClassId = table.Column<Guid>(type: "uuid", nullable: false),
                    MemberId = table.Column<Guid>(type: "uuid", nullable: true),
                    AdmissionCaseId = table.Column<Guid>(type: "uuid", nullable: true),
                    FullName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    OrganizationId = table.Column<Guid>(type: "uuid", nullable: false),
                    OrganizationPath = table.Column<string>(type: "character varying(900)", maxLength: 900, nullable: false),
                    Result = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    CertificateNumber = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    CertificateIssuedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    CertificateValidThrough = table.Column<DateOnly>(type: "date", nullable: true),
                    CertificateRuleSetId = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_TrainingEnrolments", x => x.Id);
                    table.ForeignKey(
                        name: "FK_TrainingEnrolments_AdmissionCases_AdmissionCaseId",
                        column: x => x.AdmissionCaseId,
                        principalTable: "AdmissionCases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_TrainingEnrolments_Members_MemberId",
                        column: x => x.MemberId,
                        principalTable: "Members",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_TrainingEnrolments_TrainingClasses_ClassId",
                        column: x => x.ClassId,
                        principalTable: "TrainingClasses",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "TrainingSessions",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    ClassId = table.Column<Guid>(type: "uuid", nullable: false),
                    On = table.Column<DateOnly>(type: "date", nullable: false),
                    Title = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_TrainingSessions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_TrainingSessions_TrainingClasses_ClassId",
                        column: x => x.ClassId,
                        principalTable: "TrainingClasses",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "TrainingAttendance",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    EnrolmentId = table.Column<Guid>(type: "uuid", nullable: false),
                    SessionId = table.Column<Guid>(type: "uuid", nullable: false),
                    Present = table.Column<bool>(type: "boolean", nullable: false),
                    Reason = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_TrainingAttendance", x => x.Id);
                    table.ForeignKey(
                        name: "FK_TrainingAttendance_TrainingEnrolments_EnrolmentId",
                        column: x => x.EnrolmentId,
                        principalTable: "TrainingEnrolments",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_TrainingAttendance_TrainingSessions_SessionId",
                        column: x => x.SessionId,
                        principalTable: "TrainingSessions",
                        principalColumn: "Id");
                });

            migrationBuilder.CreateIndex(
                name: "IX_AdmissionSteps_TrainingEnrolmentId",
                table: "AdmissionSteps",
                column: "TrainingEnrolmentId");

            migrationBuilder.CreateIndex(
                name: "IX_TrainingAttendance_EnrolmentId_SessionId",
                table: "TrainingAttendance",
                columns: new[] { "EnrolmentId", "SessionId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_TrainingAttendance_SessionId",
                table: "TrainingAttendance",
                column: "SessionId");

            migrationBuilder.CreateIndex(
                name: "IX_TrainingClasses_Kind_TopicKey",
                table: "TrainingClasses",
                columns: new[] { "Kind", "TopicKey" });

            migrationBuilder.CreateIndex(
                name: "IX_TrainingClasses_OrganizerId",
                table: "TrainingClasses",
                column: "OrganizerId");

            migrationBuilder.CreateIndex(
                name: "IX_TrainingClasses_OrganizerPath_StartsOn",
                table: "TrainingClasses",
                columns: new[] { "OrganizerPath", "StartsOn" });

            migrationBuilder.CreateIndex(
                name: "IX_TrainingEnrolments_AdmissionCaseId",
                table: "TrainingEnrolments",
                column: "AdmissionCaseId");

            migrationBuilder.CreateIndex(
                name: "IX_TrainingEnrolments_ClassId_AdmissionCaseId",
                table: "TrainingEnrolments",
                columns: new[] { "ClassId", "AdmissionCaseId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_TrainingEnrolments_ClassId_MemberId",
                table: "TrainingEnrolments",
                columns: new[] { "ClassId", "MemberId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_TrainingEnrolments_MemberId",
                table: "TrainingEnrolments",
                column: "MemberId");

            migrationBuilder.CreateIndex(
                name: "IX_TrainingSessions_ClassId_On",
                table: "TrainingSessions",
                columns: new[] { "ClassId", "On" });

            migrationBuilder.AddForeignKey(
                name: "FK_AdmissionSteps_TrainingEnrolments_TrainingEnrolmentId",
                table: "AdmissionSteps",
                column: "TrainingEnrolmentId",
                principalTable: "TrainingEnrolments",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_AdmissionSteps_TrainingEnrolments_TrainingEnrolmentId",
                table: "AdmissionSteps");

            migrationBuilder.DropTable(
                name: "TrainingAttendance");

            migrationBuilder.DropTable(
                name: "TrainingEnrolments");

            migrationBuilder.DropTable(
                name: "TrainingSessions");

            migrationBuilder.DropTable(
                name: "TrainingClasses");

            migrationBuilder.DropIndex(
                name: "IX_AdmissionSteps_TrainingEnrolmentId",
                table: "AdmissionSteps");

            migrationBuilder.DropColumn(
                name: "TrainingEnrolmentId",
                table: "AdmissionSteps");
        }
    }
}
