using Microsoft.EntityFrameworkCore.Migrations;


namespace DangVu.Data.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class AdmissionCandidateOrigin : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "Ethnicity",
                table: "AdmissionCases",
                type: "character varying(64)",
                maxLength: 64,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Hometown",
                table: "AdmissionCases",
                type: "character varying(300)",
                maxLength: 300,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Religion",
                table: "AdmissionCases",
                type: "character varying(64)",
                maxLength: 64,
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "Ethnicity",
                table: "AdmissionCases");

            migrationBuilder.DropColumn(
                name: "Hometown",
                table: "AdmissionCases");

            migrationBuilder.DropColumn(
                name: "Religion",
                table: "AdmissionCases");
        }
    }
}
