using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace DesaPlatform.Migrations.PostgreSql.Membership
{
    /// <inheritdoc />
    public partial class ProtectedAtBpjs : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<bool>(
                name: "ProtectedAtBpjs",
                schema: "membership",
                table: "bpjs_reconciliation_results",
                type: "boolean",
                nullable: true);

            // The kept results read again as the reconciler now reads a list: active with JKK and JKM protects, active
            // with less does not (the programmes are stored as the list had them, e.g. JKK,JKM).
            migrationBuilder.Sql("""
                UPDATE membership.bpjs_reconciliation_results SET "ProtectedAtBpjs" = "ActiveAtBpjs" AND "Programs" LIKE '%JKK%' AND "Programs" LIKE '%JKM%'
                WHERE "ActiveAtBpjs" IS NOT NULL;
                UPDATE membership.bpjs_reconciliation_results SET "Group" = 'DeclaredNotActive' WHERE "Group" = 'Consistent' AND NOT "ProtectedAtBpjs";
                UPDATE membership.bpjs_reconciliation_results SET "Group" = 'NotActiveNotDeclared' WHERE "Group" = 'ActiveNotDeclared' AND NOT "ProtectedAtBpjs";
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "ProtectedAtBpjs",
                schema: "membership",
                table: "bpjs_reconciliation_results");
        }
    }
}
