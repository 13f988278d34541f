using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace DesaPlatform.Migrations.Sqlite.Budgeting
{
    /// <inheritdoc />
    public partial class PaymentsAndArrears : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "arrears_rules",
                schema: "budgeting",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    EffectiveFrom = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    MonthsAllowed = table.Column<int>(type: "INTEGER", nullable: false),
                    Source = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_arrears_rules", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "payments",
                schema: "budgeting",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    RegionCode = table.Column<string>(type: "TEXT", maxLength: 13, nullable: false),
                    EntryId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Period = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Amount = table.Column<decimal>(type: "TEXT", precision: 14, scale: 2, nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_payments", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_arrears_rules_EffectiveFrom",
                schema: "budgeting",
                table: "arrears_rules",
                column: "EffectiveFrom",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_payments_EntryId_Period",
                schema: "budgeting",
                table: "payments",
                columns: new[] { "EntryId", "Period" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_payments_RegionCode_Period",
                schema: "budgeting",
                table: "payments",
                columns: new[] { "RegionCode", "Period" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "arrears_rules",
                schema: "budgeting");

            migrationBuilder.DropTable(
                name: "payments",
                schema: "budgeting");
        }
    }
}
