using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace DesaPlatform.Migrations.PostgreSql.Membership
{
    /// <inheritdoc />
    public partial class DistrictCoverage : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AlterColumn<string>(
                name: "RegionCode",
                schema: "membership",
                table: "region_months",
                type: "character varying(8)",
                maxLength: 8,
                nullable: false,
                collation: "C",
                oldClrType: typeof(string),
                oldType: "character varying(8)",
                oldMaxLength: 8);

            migrationBuilder.AlterColumn<string>(
                name: "RegionCode",
                schema: "membership",
                table: "region_month_desa",
                type: "character varying(8)",
                maxLength: 8,
                nullable: false,
                collation: "C",
                oldClrType: typeof(string),
                oldType: "character varying(8)",
                oldMaxLength: 8);

            migrationBuilder.CreateTable(
                name: "district_coverage",
                schema: "membership",
                columns: table => new
                {
                    RegionCode = table.Column<string>(type: "character varying(8)", maxLength: 8, nullable: false, collation: "C"),
                    Segment = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    InOffice = table.Column<int>(type: "integer", nullable: false),
                    Covered = table.Column<int>(type: "integer", nullable: false),
                    HeadInOffice = table.Column<int>(type: "integer", nullable: false),
                    HeadCovered = table.Column<int>(type: "integer", nullable: false),
                    DesaWithCoverage = table.Column<int>(type: "integer", nullable: false),
                    DesaWithHeadCovered = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_district_coverage", x => new { x.RegionCode, x.Segment });
                });

            migrationBuilder.CreateTable(
                name: "district_summaries",
                schema: "membership",
                columns: table => new
                {
                    RegionCode = table.Column<string>(type: "character varying(8)", maxLength: 8, nullable: false, collation: "C"),
                    DesaWithCoverage = table.Column<int>(type: "integer", nullable: false),
                    DesaWithApprovedRoster = table.Column<int>(type: "integer", nullable: false),
                    Pending = table.Column<int>(type: "integer", nullable: false),
                    ExpiresAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_district_summaries", x => x.RegionCode);
                });

            // The districts are summed whenever their villages are counted: emptied, the villages are counted again at the next start.
            migrationBuilder.Sql("DELETE FROM membership.village_coverage;");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "district_coverage",
                schema: "membership");

            migrationBuilder.DropTable(
                name: "district_summaries",
                schema: "membership");

            migrationBuilder.AlterColumn<string>(
                name: "RegionCode",
                schema: "membership",
                table: "region_months",
                type: "character varying(8)",
                maxLength: 8,
                nullable: false,
                oldClrType: typeof(string),
                oldType: "character varying(8)",
                oldMaxLength: 8,
                oldCollation: "C");

            migrationBuilder.AlterColumn<string>(
                name: "RegionCode",
                schema: "membership",
                table: "region_month_desa",
                type: "character varying(8)",
                maxLength: 8,
                nullable: false,
                oldClrType: typeof(string),
                oldType: "character varying(8)",
                oldMaxLength: 8,
                oldCollation: "C");
        }
    }
}
