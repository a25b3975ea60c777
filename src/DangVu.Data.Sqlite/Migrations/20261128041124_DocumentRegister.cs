using System;
using Microsoft.EntityFrameworkCore.Migrations;


namespace DangVu.Data.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class DocumentRegister : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "Documents",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    OrganizationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    NumberSymbol = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    SymbolKey = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Serial = table.Column<int>(type: "INTEGER", nullable: true),
                    TypeCode = table.Column<string>(type: "TEXT", maxLength: 16, nullable: true),
                    TypeKey = table.Column<string>(type: "TEXT", maxLength: 16, nullable: true),
                    IssuerCode = table.Column<string>(type: "TEXT", maxLength: 16, nullable: true),
                    Type = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    Issuer = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    IssuerKey = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    IssuerParents = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    Place = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    Date = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    Recipients = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    SigningAuthority = table.Column<string>(type: "TEXT", maxLength: 300, nullable: true),
                    SignerTitle = table.Column<string>(type: "TEXT", maxLength: 300, nullable: true),
                    SignerName = table.Column<string>(type: "TEXT", maxLength: 300, nullable: true),
                    FullText = table.Column<string>(type: "TEXT", nullable: false),
                    SearchText = table.Column<string>(type: "TEXT", nullable: false),
                    FileName = table.Column<string>(type: "TEXT", maxLength: 255, nullable: false),
                    ContentType = table.Column<string>(type: "TEXT", maxLength: 128, nullable: false),
                    FileSize = table.Column<long>(type: "INTEGER", nullable: false),
                    FileSha256 = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    RegisteredBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    RegisteredAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: false),
                    IsSynthetic = table.Column<bool>(type: "INTEGER", nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Documents", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Documents_Organizations_OrganizationId",
                        column: x => x.OrganizationId,
                        principalTable: "Organizations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "DocumentCitations",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    DocumentId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Position = table.Column<int>(type: "INTEGER", nullable: false),
                    NumberSymbol = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    SymbolKey = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    CitedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    CitedIssuer = table.Column<string>(type: "TEXT", maxLength: 300, nullable: true),
                    CitedDocumentId = table.Column<Guid>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DocumentCitations", x => x.Id);
                    table.ForeignKey(
                        name: "FK_DocumentCitations_Documents_CitedDocumentId",
                        column: x => x.CitedDocumentId,
                        principalTable: "Documents",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                    table.ForeignKey(
                        name: "FK_DocumentCitations_Documents_DocumentId",
                        column: x => x.DocumentId,
                        principalTable: "Documents",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "DocumentContents",
                columns: table => new
                {
                    DocumentId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Bytes = table.Column<byte[]>(type: "BLOB", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DocumentContents", x => x.DocumentId);
                    table.ForeignKey(
                        name: "FK_DocumentContents_Documents_DocumentId",
                        column: x => x.DocumentId,
                        principalTable: "Documents",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "DocumentSections",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    DocumentId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Position = table.Column<int>(type: "INTEGER", nullable: false),
                    Number = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Heading = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DocumentSections", x => x.Id);
                    table.ForeignKey(
                        name: "FK_DocumentSections_Documents_DocumentId",
                        column: x => x.DocumentId,
                        principalTable: "Documents",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "DocumentTasks",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    DocumentId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Number = table.Column<int>(type: "INTEGER", nullable: false),
                    Text = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DocumentTasks", x => x.Id);
                    table.ForeignKey(
                        name: "FK_DocumentTasks_Documents_DocumentId",
                        column: x => x.DocumentId,
                        principalTable: "Documents",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_DocumentCitations_CitedDocumentId",
                table: "DocumentCitations",
                column: "CitedDocumentId");

            migrationBuilder.CreateIndex(
                name: "IX_DocumentCitations_DocumentId_Position",
                table: "DocumentCitations",
                columns: new[] { "DocumentId", "Position" });

            migrationBuilder.CreateIndex(
                name: "IX_DocumentCitations_SymbolKey_CitedDocumentId",
                table: "DocumentCitations",
                columns: new[] { "SymbolKey", "CitedDocumentId" });

            migrationBuilder.CreateIndex(
                name: "IX_Documents_Date",
                table: "Documents",
                column: "Date");

            migrationBuilder.CreateIndex(
                name: "IX_Documents_IssuerKey_Date",
                table: "Documents",
                columns: new[] { "IssuerKey", "Date" });

            migrationBuilder.CreateIndex(
                name: "IX_Documents_OrganizationId_Date",
                table: "Documents",
                columns: new[] { "OrganizationId", "Date" });

            migrationBuilder.CreateIndex(
                name: "IX_Documents_SymbolKey_IssuerKey_Date",
                table: "Documents",
                columns: new[] { "SymbolKey", "IssuerKey", "Date" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Documents_TypeKey_Date",
                table: "Documents",
                columns: new[] { "TypeKey", "Date" });

            migrationBuilder.CreateIndex(
                name: "IX_DocumentSections_DocumentId_Position",
                table: "DocumentSections",
                columns: new[] { "DocumentId", "Position" });

            migrationBuilder.CreateIndex(
                name: "IX_DocumentTasks_DocumentId_Number",
                table: "DocumentTasks",
                columns: new[] { "DocumentId", "Number" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "DocumentCitations");

            migrationBuilder.DropTable(
                name: "DocumentContents");

            migrationBuilder.DropTable(
                name: "DocumentSections");

            migrationBuilder.DropTable(
                name: "DocumentTasks");

            migrationBuilder.DropTable(
                name: "Documents");
        }
    }
}
