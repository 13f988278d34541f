using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace DesaPlatform.Migrations.Sqlite.Regions
{
    /// <inheritdoc />
    public partial class RegionImport : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_regions_Name",
                schema: "regions",
                table: "regions");

            migrationBuilder.AddColumn<DateOnly>(
                name: "RetiredOn",
                schema: "regions",
                table: "regions",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "SearchName",
                schema: "regions",
                table: "regions",
                type: "TEXT",
                maxLength: 100,
                nullable: false,
                defaultValue: "");

            migrationBuilder.CreateTable(
                name: "region_changes",
                schema: "regions",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    RegionCode = table.Column<string>(type: "TEXT", maxLength: 13, nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 12, nullable: false),
                    OldValue = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    NewValue = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    ChangedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    ChangedBy = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Source = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_region_changes", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_regions_SearchName",
                schema: "regions",
                table: "regions",
                column: "SearchName");

            migrationBuilder.CreateIndex(
                name: "IX_region_changes_RegionCode",
                schema: "regions",
                table: "region_changes",
                column: "RegionCode");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "region_changes",
                schema: "regions");

            migrationBuilder.DropIndex(
                name: "IX_regions_SearchName",
                schema: "regions",
                table: "regions");

            migrationBuilder.DropColumn(
                name: "RetiredOn",
                schema: "regions",
                table: "regions");

            migrationBuilder.DropColumn(
                name: "SearchName",
                schema: "regions",
                table: "regions");

            migrationBuilder.CreateIndex(
                name: "IX_regions_Name",
                schema: "regions",
                table: "regions",
                column: "Name");
        }
    }
}
