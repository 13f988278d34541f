using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace DesaPlatform.Migrations.Sqlite.Membership
{
    /// <inheritdoc />
    public partial class RegionMonths : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "region_month_desa",
                schema: "membership",
                columns: table => new
                {
                    Month = table.Column<string>(type: "TEXT", maxLength: 7, nullable: false),
                    RegionCode = table.Column<string>(type: "TEXT", maxLength: 8, nullable: false),
                    DesaWithCoverage = table.Column<int>(type: "INTEGER", nullable: false),
                    DesaWithApprovedRoster = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_region_month_desa", x => new { x.RegionCode, x.Month });
                });

            migrationBuilder.CreateTable(
                name: "region_months",
                schema: "membership",
                columns: table => new
                {
                    Month = table.Column<string>(type: "TEXT", maxLength: 7, nullable: false),
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
                    table.PrimaryKey("PK_region_months", x => new { x.RegionCode, x.Month, x.Segment });
                });

            // Months closed before had no region rows: forgotten, they are closed again (with them) by the background service.
            migrationBuilder.Sql("DELETE FROM village_months;");
            migrationBuilder.Sql("DELETE FROM closed_months;");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "region_month_desa",
                schema: "membership");

            migrationBuilder.DropTable(
                name: "region_months",
                schema: "membership");
        }
    }
}
