using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace DesaPlatform.Migrations.Sqlite.Budgeting
{
    /// <inheritdoc />
    public partial class EditableRates : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateOnly>(
                name: "EffectiveUntil",
                schema: "budgeting",
                table: "premium_rates",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Note",
                schema: "budgeting",
                table: "premium_rates",
                type: "TEXT",
                maxLength: 500,
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "ToConfirm",
                schema: "budgeting",
                table: "premium_rates",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<int>(
                name: "Version",
                schema: "budgeting",
                table: "premium_rates",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.CreateTable(
                name: "premium_rate_discounts",
                schema: "budgeting",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Scheme = table.Column<string>(type: "TEXT", maxLength: 3, nullable: false),
                    Program = table.Column<string>(type: "TEXT", maxLength: 3, nullable: false),
                    Percent = table.Column<decimal>(type: "TEXT", precision: 6, scale: 3, nullable: false),
                    EffectiveFrom = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    EffectiveUntil = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Regulation = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Note = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_premium_rate_discounts", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_premium_rate_discounts_Scheme_Program_EffectiveFrom",
                schema: "budgeting",
                table: "premium_rate_discounts",
                columns: new[] { "Scheme", "Program", "EffectiveFrom" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "premium_rate_discounts",
                schema: "budgeting");

            migrationBuilder.DropColumn(
                name: "EffectiveUntil",
                schema: "budgeting",
                table: "premium_rates");

            migrationBuilder.DropColumn(
                name: "Note",
                schema: "budgeting",
                table: "premium_rates");

            migrationBuilder.DropColumn(
                name: "ToConfirm",
                schema: "budgeting",
                table: "premium_rates");

            migrationBuilder.DropColumn(
                name: "Version",
                schema: "budgeting",
                table: "premium_rates");
        }
    }
}
