using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace DesaPlatform.Migrations.PostgreSql.Regions
{
    /// <inheritdoc />
    public partial class RegionCodeCollation : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AlterColumn<string>(
                name: "Code",
                schema: "regions",
                table: "regions",
                type: "character varying(13)",
                maxLength: 13,
                nullable: false,
                collation: "C",
                oldClrType: typeof(string),
                oldType: "character varying(13)",
                oldMaxLength: 13);

            migrationBuilder.AlterColumn<string>(
                name: "RegionCode",
                schema: "regions",
                table: "region_changes",
                type: "character varying(13)",
                maxLength: 13,
                nullable: false,
                collation: "C",
                oldClrType: typeof(string),
                oldType: "character varying(13)",
                oldMaxLength: 13);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AlterColumn<string>(
                name: "Code",
                schema: "regions",
                table: "regions",
                type: "character varying(13)",
                maxLength: 13,
                nullable: false,
                oldClrType: typeof(string),
                oldType: "character varying(13)",
                oldMaxLength: 13,
                oldCollation: "C");

            migrationBuilder.AlterColumn<string>(
                name: "RegionCode",
                schema: "regions",
                table: "region_changes",
                type: "character varying(13)",
                maxLength: 13,
                nullable: false,
                oldClrType: typeof(string),
                oldType: "character varying(13)",
                oldMaxLength: 13,
                oldCollation: "C");
        }
    }
}
