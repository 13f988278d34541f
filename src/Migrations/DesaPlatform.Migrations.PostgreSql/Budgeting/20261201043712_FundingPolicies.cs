using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace DesaPlatform.Migrations.PostgreSql.Budgeting
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
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    RegionCode = table.Column<string>(type: "character varying(13)", maxLength: 13, nullable: false, collation: "C"),
                    Year = table.Column<int>(type: "integer", nullable: false),
                    RegulationNumber = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    RegulationDate = table.Column<DateOnly>(type: "date", nullable: false),
                    BpdAccountCode = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: true),
                    BpuDiscountForVillageBudget = table.Column<bool>(type: "boolean", nullable: false),
                    Note = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    Groups = table.Column<string>(type: "text", nullable: false),
                    Version = table.Column<int>(type: "integer", nullable: false)
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
