using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace DesaPlatform.Migrations.Sqlite.Targets
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
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    RegionCode = table.Column<string>(type: "TEXT", maxLength: 13, nullable: false),
                    Period = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    ParticipantsPu = table.Column<int>(type: "INTEGER", nullable: false),
                    ParticipantsBpu = table.Column<int>(type: "INTEGER", nullable: false),
                    ParticipantsJakon = table.Column<int>(type: "INTEGER", nullable: false),
                    WorkingPopulation = table.Column<int>(type: "INTEGER", nullable: false),
                    Source = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    SourceDate = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Note = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
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
