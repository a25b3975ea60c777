using System;
using Microsoft.EntityFrameworkCore.Migrations;


namespace DangVu.Data.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class Members : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "Members",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    FullName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    GivenNameKey = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    GivenName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false, collation: "vi"),
                    SortName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false, collation: "vi"),
                    SearchKey = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    BirthDate = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Gender = table.Column<string>(type: "TEXT", maxLength: 8, nullable: false),
                    Ethnicity = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Religion = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    Hometown = table.Column<string>(type: "TEXT", maxLength: 300, nullable: true),
                    Education = table.Column<string>(type: "TEXT", maxLength: 32, nullable: true),
                    Profession = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Sector = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    TheoryLevel = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Position = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    YouthUnionMember = table.Column<bool>(type: "INTEGER", nullable: false),
                    TradeUnionMember = table.Column<bool>(type: "INTEGER", nullable: false),
                    PoliticalCore = table.Column<bool>(type: "INTEGER", nullable: false),
                    AdmittedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    OfficialOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    CardNumber = table.Column<string>(type: "TEXT", maxLength: 32, nullable: true),
                    CitizenId = table.Column<string>(type: "TEXT", maxLength: 12, nullable: true),
                    OrganizationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    OrganizationPath = table.Column<string>(type: "TEXT", maxLength: 900, nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    IsSynthetic = table.Column<bool>(type: "INTEGER", nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Members", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Members_Organizations_OrganizationId",
                        column: x => x.OrganizationId,
                        principalTable: "Organizations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "MemberEvents",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    MemberId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    On = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    OrganizationId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Note = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_MemberEvents", x => x.Id);
                    table.ForeignKey(
                        name: "FK_MemberEvents_Members_MemberId",
                        column: x => x.MemberId,
                        principalTable: "Members",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_MemberEvents_MemberId_On",
                table: "MemberEvents",
                columns: new[] { "MemberId", "On" });

            migrationBuilder.CreateIndex(
                name: "IX_Members_BirthDate",
                table: "Members",
                column: "BirthDate");

            migrationBuilder.CreateIndex(
                name: "IX_Members_CardNumber",
                table: "Members",
                column: "CardNumber",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Members_GivenNameKey",
                table: "Members",
                column: "GivenNameKey");

            migrationBuilder.CreateIndex(
                name: "IX_Members_OrganizationId",
                table: "Members",
                column: "OrganizationId");

            migrationBuilder.CreateIndex(
                name: "IX_Members_OrganizationPath_GivenName_SortName",
                table: "Members",
                columns: new[] { "OrganizationPath", "GivenName", "SortName" });

            migrationBuilder.CreateIndex(
                name: "IX_Members_SearchKey",
                table: "Members",
                column: "SearchKey");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "MemberEvents");

            migrationBuilder.DropTable(
                name: "Members");
        }
    }
}
