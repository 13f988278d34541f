using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace DesaPlatform.Migrations.PostgreSql.Membership
{
    /// <inheritdoc />
    public partial class KeptListAndVillageHeads : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "HeadCovered",
                schema: "membership",
                table: "village_coverage",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "HeadInOffice",
                schema: "membership",
                table: "village_coverage",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "Listed",
                schema: "membership",
                table: "village_coverage",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            // The kept rows have no count for the new columns: emptied, they are counted again at the next start.
            migrationBuilder.Sql("DELETE FROM membership.village_coverage;");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "HeadCovered",
                schema: "membership",
                table: "village_coverage");

            migrationBuilder.DropColumn(
                name: "HeadInOffice",
                schema: "membership",
                table: "village_coverage");

            migrationBuilder.DropColumn(
                name: "Listed",
                schema: "membership",
                table: "village_coverage");
        }
    }
}
