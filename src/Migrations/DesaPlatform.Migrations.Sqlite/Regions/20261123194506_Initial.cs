using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace DesaPlatform.Migrations.Sqlite.Regions
{
    /// <inheritdoc />
    public partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.EnsureSchema(
                name: "regions");

            migrationBuilder.CreateTable(
                name: "regions",
                schema: "regions",
                columns: table => new
                {
                    Code = table.Column<string>(type: "TEXT", maxLength: 13, nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Level = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    ParentCode = table.Column<string>(type: "TEXT", maxLength: 13, nullable: true),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 10, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_regions", x => x.Code);
                });

            migrationBuilder.CreateIndex(
                name: "IX_regions_Name",
                schema: "regions",
                table: "regions",
                column: "Name");

            migrationBuilder.CreateIndex(
                name: "IX_regions_ParentCode",
                schema: "regions",
                table: "regions",
                column: "ParentCode");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "regions",
                schema: "regions");
        }
    }
}
