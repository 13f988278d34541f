using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace DesaPlatform.Migrations.PostgreSql.Membership
{
    /// <inheritdoc />
    public partial class ReconciliationNikIndex : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "IX_bpjs_reconciliation_results_ListId_Nik",
                schema: "membership",
                table: "bpjs_reconciliation_results",
                columns: new[] { "ListId", "Nik" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_bpjs_reconciliation_results_ListId_Nik",
                schema: "membership",
                table: "bpjs_reconciliation_results");
        }
    }
}
