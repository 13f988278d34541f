using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace DesaPlatform.Migrations.Sqlite.Membership
{
    /// <inheritdoc />
    public partial class DistrictCoverage : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "district_coverage",
                schema: "membership",
                columns: table => new
                {
                    RegionCode = table.Column<string>(type: "TEXT", maxLength: 8, nullable: false),
                    Segment = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    InOffice = table.Column<int>(type: "INTEGER", nullable: false),
                    Covered = table.Column<int>(type: "INTEGER", nullable: false),
                    HeadInOffice = table.Column<int>(type: "INTEGER", nullable: false),
                    HeadCovered = table.Column<int>(type: "INTEGER", nullable: false),
                    DesaWithCoverage = table.Column<int>(type: "INTEGER", nullable: false),
                    DesaWithHeadCovered = table.Column<int>(type: "INTEGER", nullable: false)
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
                    RegionCode = table.Column<string>(type: "TEXT", maxLength: 8, nullable: false),
                    DesaWithCoverage = table.Column<int>(type: "INTEGER", nullable: false),
                    DesaWithApprovedRoster = table.Column<int>(type: "INTEGER", nullable: false),
                    Pending = table.Column<int>(type: "INTEGER", nullable: false),
                    ExpiresAt = table.Column<DateTime>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_district_summaries", x => x.RegionCode);
                });

            // The districts are summed whenever their villages are counted: emptied, the villages are counted again at the next start.
            migrationBuilder.Sql("DELETE FROM village_coverage;");
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
        }
    }
}
