using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace DesaPlatform.Migrations.PostgreSql.Targets
{
    /// <inheritdoc />
    public partial class UcjInputs : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "ucj_inputs",
                schema: "targets",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    RegionCode = table.Column<string>(type: "character varying(13)", maxLength: 13, nullable: false, collation: "C"),
                    Period = table.Column<DateOnly>(type: "date", nullable: false),
                    ParticipantsPu = table.Column<int>(type: "integer", nullable: false),
                    ParticipantsBpu = table.Column<int>(type: "integer", nullable: false),
                    ParticipantsJakon = table.Column<int>(type: "integer", nullable: false),
                    WorkingPopulation = table.Column<int>(type: "integer", nullable: false),
                    Source = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    SourceDate = table.Column<DateOnly>(type: "date", nullable: false),
                    Note = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ucj_inputs", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_ucj_inputs_RegionCode_Period",
                schema: "targets",
                table: "ucj_inputs",
                columns: new[] { "RegionCode", "Period" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "ucj_inputs",
                schema: "targets");
        }
    }
}
