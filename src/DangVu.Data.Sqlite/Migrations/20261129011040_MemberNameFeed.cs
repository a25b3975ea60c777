using Microsoft.EntityFrameworkCore.Migrations;

namespace DangVu.Data.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class MemberNameFeed : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // Updates are logged for the name index (see MemberNameFeed); new rows are found by their rowid.
            migrationBuilder.Sql("""
                CREATE TABLE "MemberNameChanges" ("Stamp" INTEGER PRIMARY KEY AUTOINCREMENT, "MemberId" TEXT NOT NULL);
                CREATE TRIGGER "Members_name_changed" AFTER UPDATE OF "FullName", "OrganizationPath", "BirthDate", "Gender", "Status", "CardNumber", "IsSynthetic" ON "Members"
                BEGIN INSERT INTO "MemberNameChanges" ("MemberId") VALUES (NEW."Id"); END;
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""DROP TRIGGER "Members_name_changed"; DROP TABLE "MemberNameChanges";""");
        }
    }
}
