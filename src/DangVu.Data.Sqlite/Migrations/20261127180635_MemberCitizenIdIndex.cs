using Microsoft.EntityFrameworkCore.Migrations;


namespace DangVu.Data.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class MemberCitizenIdIndex : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "IX_Members_CitizenId",
                table: "Members",
                column: "CitizenId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Members_CitizenId",
                table: "Members");
        }
    }
}
