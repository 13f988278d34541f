using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace DesaPlatform.Migrations.PostgreSql.Budgeting
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
                type: "date",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Note",
                schema: "budgeting",
                table: "premium_rates",
                type: "character varying(500)",
                maxLength: 500,
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "ToConfirm",
                schema: "budgeting",
                table: "premium_rates",
                type: "boolean",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<int>(
                name: "Version",
                schema: "budgeting",
                table: "premium_rates",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.CreateTable(
                name: "premium_rate_discounts",
                schema: "budgeting",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Scheme = table.Column<string>(type: "character varying(3)", maxLength: 3, nullable: false),
                    Program = table.Column<string>(type: "character varying(3)", maxLength: 3, nullable: false),
                    Percent = table.Column<decimal>(type: "numeric(6,3)", precision: 6, scale: 3, nullable: false),
                    EffectiveFrom = table.Column<DateOnly>(type: "date", nullable: false),
                    EffectiveUntil = table.Column<DateOnly>(type: "date", nullable: false),
                    Regulation = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Note = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true)
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
