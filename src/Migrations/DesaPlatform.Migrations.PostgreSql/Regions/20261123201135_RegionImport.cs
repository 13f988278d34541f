using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace DesaPlatform.Migrations.PostgreSql.Regions
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
                type: "date",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "SearchName",
                schema: "regions",
                table: "regions",
                type: "character varying(100)",
                maxLength: 100,
                nullable: false,
                defaultValue: "");

            migrationBuilder.CreateTable(
                name: "region_changes",
                schema: "regions",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    RegionCode = table.Column<string>(type: "character varying(13)", maxLength: 13, nullable: false),
                    Kind = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: false),
                    OldValue = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    NewValue = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    ChangedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    ChangedBy = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Source = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false)
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
