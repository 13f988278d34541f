using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace DesaPlatform.Migrations.PostgreSql.Membership
{
    /// <inheritdoc />
    public partial class MonthlyCoverage : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "closed_months",
                schema: "membership",
                columns: table => new
                {
                    Month = table.Column<string>(type: "character varying(7)", maxLength: 7, nullable: false),
                    ClosedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_closed_months", x => x.Month);
                });

            migrationBuilder.CreateTable(
                name: "village_months",
                schema: "membership",
                columns: table => new
                {
                    Month = table.Column<string>(type: "character varying(7)", maxLength: 7, nullable: false),
                    RegionCode = table.Column<string>(type: "character varying(13)", maxLength: 13, nullable: false, collation: "C"),
                    Segment = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    InOffice = table.Column<int>(type: "integer", nullable: false),
                    Covered = table.Column<int>(type: "integer", nullable: false),
                    HeadInOffice = table.Column<int>(type: "integer", nullable: false),
                    HeadCovered = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_village_months", x => new { x.Month, x.RegionCode, x.Segment });
                });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "closed_months",
                schema: "membership");

            migrationBuilder.DropTable(
                name: "village_months",
                schema: "membership");
        }
    }
}
