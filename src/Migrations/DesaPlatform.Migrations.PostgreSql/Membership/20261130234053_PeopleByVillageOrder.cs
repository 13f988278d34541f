using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace DesaPlatform.Migrations.PostgreSql.Membership
{
    /// <inheritdoc />
    public partial class PeopleByVillageOrder : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "IX_people_RegionCode_Id",
                schema: "membership",
                table: "people",
                columns: new[] { "RegionCode", "Id" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_people_RegionCode_Id",
                schema: "membership",
                table: "people");
        }
    }
}
