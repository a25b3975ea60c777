using Microsoft.EntityFrameworkCore.Migrations;

namespace DangVu.Data.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class MemberNameFeed : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<long>(
                name: "NameChangedIn",
                table: "Members",
                type: "bigint",
                nullable: false,
                defaultValueSql: "pg_current_xact_id()::text::bigint");

            migrationBuilder.CreateIndex(
                name: "IX_Members_NameChangedIn",
                table: "Members",
                column: "NameChangedIn");

            // Updates stamp the row with their transaction too (see MemberNameFeed).
            migrationBuilder.Sql("""
                CREATE FUNCTION "Members_name_changed"() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN NEW."NameChangedIn" := pg_current_xact_id()::text::bigint; RETURN NEW; END $$;
                CREATE TRIGGER "Members_name_changed" BEFORE UPDATE OF "FullName", "OrganizationPath", "BirthDate", "Gender", "Status", "CardNumber", "IsSynthetic" ON "Members"
                FOR EACH ROW EXECUTE FUNCTION "Members_name_changed"();
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""DROP TRIGGER "Members_name_changed" ON "Members"; DROP FUNCTION "Members_name_changed"();""");

            migrationBuilder.DropIndex(
                name: "IX_Members_NameChangedIn",
                table: "Members");

            migrationBuilder.DropColumn(
                name: "NameChangedIn",
                table: "Members");
        }
    }
}
