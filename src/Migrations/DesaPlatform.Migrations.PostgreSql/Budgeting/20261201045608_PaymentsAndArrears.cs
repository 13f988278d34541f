using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace DesaPlatform.Migrations.PostgreSql.Budgeting
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
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    EffectiveFrom = table.Column<DateOnly>(type: "date", nullable: false),
                    MonthsAllowed = table.Column<int>(type: "integer", nullable: false),
                    Source = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false)
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
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    RegionCode = table.Column<string>(type: "character varying(13)", maxLength: 13, nullable: false, collation: "C"),
                    EntryId = table.Column<Guid>(type: "uuid", nullable: false),
                    Period = table.Column<DateOnly>(type: "date", nullable: false),
                    Amount = table.Column<decimal>(type: "numeric(14,2)", precision: 14, scale: 2, nullable: false),
                    Version = table.Column<int>(type: "integer", nullable: false)
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
