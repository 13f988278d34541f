using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace DesaPlatform.Migrations.Sqlite.Budgeting
{
    /// <inheritdoc />
    public partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.EnsureSchema(
                name: "budgeting");

            migrationBuilder.CreateTable(
                name: "premium_rates",
                schema: "budgeting",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Scheme = table.Column<string>(type: "TEXT", maxLength: 3, nullable: false),
                    Program = table.Column<string>(type: "TEXT", maxLength: 3, nullable: false),
                    Percent = table.Column<decimal>(type: "TEXT", precision: 6, scale: 3, nullable: true),
                    FlatAmount = table.Column<decimal>(type: "TEXT", precision: 14, scale: 2, nullable: true),
                    MinimumAmount = table.Column<decimal>(type: "TEXT", precision: 14, scale: 2, nullable: true),
                    WageCap = table.Column<decimal>(type: "TEXT", precision: 14, scale: 2, nullable: true),
                    EffectiveFrom = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Regulation = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_premium_rates", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_premium_rates_Scheme_Program_EffectiveFrom",
                schema: "budgeting",
                table: "premium_rates",
                columns: new[] { "Scheme", "Program", "EffectiveFrom" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "premium_rates",
                schema: "budgeting");
        }
    }
}
