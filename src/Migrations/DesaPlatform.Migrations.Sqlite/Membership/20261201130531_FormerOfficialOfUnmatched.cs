using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace DesaPlatform.Migrations.Sqlite.Membership
{
    /// <inheritdoc />
    public partial class FormerOfficialOfUnmatched : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateOnly>(
                name: "FormerTermEnd",
                schema: "membership",
                table: "bpjs_reconciliation_results",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "FormerVillageCode",
                schema: "membership",
                table: "bpjs_reconciliation_results",
                type: "TEXT",
                maxLength: 13,
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "FormerTermEnd",
                schema: "membership",
                table: "bpjs_reconciliation_results");

            migrationBuilder.DropColumn(
                name: "FormerVillageCode",
                schema: "membership",
                table: "bpjs_reconciliation_results");
        }
    }
}
