using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace DesaPlatform.Migrations.Sqlite.Membership
{
    /// <inheritdoc />
    public partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.EnsureSchema(
                name: "membership");

            migrationBuilder.CreateTable(
                name: "positions",
                schema: "membership",
                columns: table => new
                {
                    Code = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Segment = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    MaxPerVillage = table.Column<int>(type: "INTEGER", nullable: true),
                    DefaultWageBase = table.Column<decimal>(type: "TEXT", precision: 14, scale: 2, nullable: false),
                    SortOrder = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_positions", x => x.Code);
                });

            migrationBuilder.CreateTable(
                name: "submissions",
                schema: "membership",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    RegionCode = table.Column<string>(type: "TEXT", maxLength: 13, nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    SubmittedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    SubmittedBy = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    PeopleCount = table.Column<int>(type: "INTEGER", nullable: false),
                    ReviewedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    ReviewedBy = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    Reason = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_submissions", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "people",
                schema: "membership",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    RegionCode = table.Column<string>(type: "TEXT", maxLength: 13, nullable: false),
                    FullName = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Nik = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    PositionCode = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    TermStart = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    TermEnd = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    kpj = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true),
                    scheme = table.Column<string>(type: "TEXT", maxLength: 3, nullable: true),
                    programs = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true),
                    wage_base = table.Column<decimal>(type: "TEXT", precision: 14, scale: 2, nullable: true),
                    enrollment_start = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    CoveredFrom = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Status = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    SubmissionId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_people", x => x.Id);
                    table.ForeignKey(
                        name: "FK_people_positions_PositionCode",
                        column: x => x.PositionCode,
                        principalSchema: "membership",
                        principalTable: "positions",
                        principalColumn: "Code",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_people_Nik",
                schema: "membership",
                table: "people",
                column: "Nik");

            migrationBuilder.CreateIndex(
                name: "IX_people_PositionCode",
                schema: "membership",
                table: "people",
                column: "PositionCode");

            migrationBuilder.CreateIndex(
                name: "IX_people_RegionCode_Status",
                schema: "membership",
                table: "people",
                columns: new[] { "RegionCode", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_submissions_RegionCode_Status",
                schema: "membership",
                table: "submissions",
                columns: new[] { "RegionCode", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_submissions_SubmittedAt",
                schema: "membership",
                table: "submissions",
                column: "SubmittedAt");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "people",
                schema: "membership");

            migrationBuilder.DropTable(
                name: "submissions",
                schema: "membership");

            migrationBuilder.DropTable(
                name: "positions",
                schema: "membership");
        }
    }
}
