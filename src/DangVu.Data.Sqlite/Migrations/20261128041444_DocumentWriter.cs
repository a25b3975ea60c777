using System;
using Microsoft.EntityFrameworkCore.Migrations;


namespace DangVu.Data.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class DocumentWriter : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "CommitteeTerms",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    OrganizationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    StartsOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    EndsOn = table.Column<DateOnly>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CommitteeTerms", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CommitteeTerms_Organizations_OrganizationId",
                        column: x => x.OrganizationId,
                        principalTable: "Organizations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "DocumentSerialCounters",
                columns: table => new
                {
                    OrganizationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    TypeCode = table.Column<string>(type: "TEXT", maxLength: 8, nullable: false),
                    PeriodKey = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    LastSerial = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DocumentSerialCounters", x => new { x.OrganizationId, x.TypeCode, x.PeriodKey });
                    table.ForeignKey(
                        name: "FK_DocumentSerialCounters_Organizations_OrganizationId",
                        column: x => x.OrganizationId,
                        principalTable: "Organizations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "WrittenDocuments",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    OrganizationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    TypeCode = table.Column<string>(type: "TEXT", maxLength: 8, nullable: false),
                    Issuer = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    IssuerParents = table.Column<string>(type: "TEXT", maxLength: 603, nullable: false),
                    IssuerCode = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    Place = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Date = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    Body = table.Column<string>(type: "TEXT", maxLength: 100000, nullable: false),
                    Recipients = table.Column<string>(type: "TEXT", maxLength: 12040, nullable: false),
                    SigningKind = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    SigningBody = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    SigningCollective = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    SignerTitle = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    SignerName = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 8, nullable: false),
                    Serial = table.Column<int>(type: "INTEGER", nullable: true),
                    NumberSymbol = table.Column<string>(type: "TEXT", maxLength: 32, nullable: true),
                    SerialPeriodKey = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    SerialPeriodLabel = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    CreatedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: false),
                    UpdatedAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: false),
                    IssuedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    IssuedAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_WrittenDocuments", x => x.Id);
                    table.ForeignKey(
                        name: "FK_WrittenDocuments_Organizations_OrganizationId",
                        column: x => x.OrganizationId,
                        principalTable: "Organizations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_CommitteeTerms_OrganizationId_StartsOn",
                table: "CommitteeTerms",
                columns: new[] { "OrganizationId", "StartsOn" });

            migrationBuilder.CreateIndex(
                name: "IX_WrittenDocuments_OrganizationId_Status",
                table: "WrittenDocuments",
                columns: new[] { "OrganizationId", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_WrittenDocuments_OrganizationId_TypeCode_SerialPeriodKey_Serial",
                table: "WrittenDocuments",
                columns: new[] { "OrganizationId", "TypeCode", "SerialPeriodKey", "Serial" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "CommitteeTerms");

            migrationBuilder.DropTable(
                name: "DocumentSerialCounters");

            migrationBuilder.DropTable(
                name: "WrittenDocuments");
        }
    }
}
