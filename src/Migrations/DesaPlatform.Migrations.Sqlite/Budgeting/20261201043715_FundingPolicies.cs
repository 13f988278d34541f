using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace DesaPlatform.Migrations.Sqlite.Budgeting
{
    /// <inheritdoc />
    public partial class FundingPolicies : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "funding_policies",
                schema: "budgeting",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    RegionCode = table.Column<string>(type: "TEXT", maxLength: 13, nullable: false),
                    Year = table.Column<int>(type: "INTEGER", nullable: false),
                    RegulationNumber = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    RegulationDate = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    BpdAccountCode = table.Column<string>(type: "TEXT", maxLength: 30, nullable: true),
                    BpuDiscountForVillageBudget = table.Column<bool>(type: "INTEGER", nullable: false),
                    Note = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    Groups = table.Column<string>(type: "TEXT", nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_funding_policies", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_funding_policies_RegionCode_Year",
                schema: "budgeting",
                table: "funding_policies",
                columns: new[] { "RegionCode", "Year" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "funding_policies",
                schema: "budgeting");
        }
    }
}
