using Microsoft.EntityFrameworkCore.Migrations;


namespace DangVu.Data.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class MemberNameSearch : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Members_GivenNameKey",
                table: "Members");

            migrationBuilder.DropIndex(
                name: "IX_Members_SearchKey",
                table: "Members");

            migrationBuilder.AddColumn<string>(
                name: "FamilyKey",
                table: "Members",
                type: "TEXT",
                maxLength: 200,
                nullable: false,
                defaultValue: "");

            // Members already stored get their family key from the folded full name: everything before its last space.
            migrationBuilder.Sql("""UPDATE "Members" SET "FamilyKey" = rtrim(rtrim("SearchKey", replace("SearchKey", ' ', '')), ' ')""");

            migrationBuilder.CreateIndex(
                name: "IX_Members_FamilyThenName",
                table: "Members",
                columns: new[] { "FamilyKey", "GivenName", "SortName", "Id", "OrganizationPath" });

            migrationBuilder.CreateIndex(
                name: "IX_Members_NameOrder",
                table: "Members",
                columns: new[] { "GivenName", "SortName", "Id", "FamilyKey", "OrganizationPath", "BirthDate" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Members_FamilyThenName",
                table: "Members");

            migrationBuilder.DropIndex(
                name: "IX_Members_NameOrder",
                table: "Members");

            migrationBuilder.DropColumn(
                name: "FamilyKey",
                table: "Members");

            migrationBuilder.CreateIndex(
                name: "IX_Members_GivenNameKey",
                table: "Members",
                column: "GivenNameKey");

            migrationBuilder.CreateIndex(
                name: "IX_Members_SearchKey",
                table: "Members",
                column: "SearchKey");
        }
    }
}
