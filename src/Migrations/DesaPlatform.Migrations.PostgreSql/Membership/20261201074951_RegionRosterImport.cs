using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace DesaPlatform.Migrations.PostgreSql.Membership
{
    /// <inheritdoc />
    public partial class RegionRosterImport : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "ImportedBy",
                schema: "membership",
                table: "submissions",
                type: "character varying(100)",
                maxLength: 100,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ImportedFrom",
                schema: "membership",
                table: "submissions",
                type: "character varying(260)",
                maxLength: 260,
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "WarningCount",
                schema: "membership",
                table: "submissions",
                type: "integer",
                nullable: false,
                defaultValue: 0);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "ImportedBy",
                schema: "membership",
                table: "submissions");

            migrationBuilder.DropColumn(
                name: "ImportedFrom",
                schema: "membership",
                table: "submissions");

            migrationBuilder.DropColumn(
                name: "WarningCount",
                schema: "membership",
                table: "submissions");
        }
    }
}
