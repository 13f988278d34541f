using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace DesaPlatform.Migrations.Sqlite.Targets
{
    /// <inheritdoc />
    public partial class Monev : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "monev_meetings",
                schema: "targets",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    RegionCode = table.Column<string>(type: "TEXT", maxLength: 13, nullable: false),
                    Date = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Place = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Participants = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    Summary = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    RecordedBy = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    RecordedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_monev_meetings", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "monev_obstacles",
                schema: "targets",
                columns: table => new
                {
                    Code = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    RegionCode = table.Column<string>(type: "TEXT", maxLength: 13, nullable: false),
                    NameId = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    NameEn = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Order = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_monev_obstacles", x => x.Code);
                });

            migrationBuilder.CreateTable(
                name: "monev_findings",
                schema: "targets",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    MeetingId = table.Column<Guid>(type: "TEXT", nullable: false),
                    RegionCode = table.Column<string>(type: "TEXT", maxLength: 13, nullable: false),
                    Segment = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    ObstacleCode = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Note = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    RecordedBy = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    RecordedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_monev_findings", x => x.Id);
                    table.ForeignKey(
                        name: "FK_monev_findings_monev_meetings_MeetingId",
                        column: x => x.MeetingId,
                        principalSchema: "targets",
                        principalTable: "monev_meetings",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_monev_findings_monev_obstacles_ObstacleCode",
                        column: x => x.ObstacleCode,
                        principalSchema: "targets",
                        principalTable: "monev_obstacles",
                        principalColumn: "Code",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "monev_actions",
                schema: "targets",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    FindingId = table.Column<Guid>(type: "TEXT", nullable: false),
                    RegionCode = table.Column<string>(type: "TEXT", maxLength: 13, nullable: false),
                    What = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    Owner = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    OwnerName = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    DueDate = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    RecordedBy = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    RecordedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_monev_actions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_monev_actions_monev_findings_FindingId",
                        column: x => x.FindingId,
                        principalSchema: "targets",
                        principalTable: "monev_findings",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "monev_action_updates",
                schema: "targets",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ActionId = table.Column<Guid>(type: "TEXT", nullable: false),
                    RegionCode = table.Column<string>(type: "TEXT", maxLength: 13, nullable: false),
                    At = table.Column<DateTime>(type: "TEXT", nullable: false),
                    By = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Note = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    Status = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_monev_action_updates", x => x.Id);
                    table.ForeignKey(
                        name: "FK_monev_action_updates_monev_actions_ActionId",
                        column: x => x.ActionId,
                        principalSchema: "targets",
                        principalTable: "monev_actions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_monev_action_updates_ActionId",
                schema: "targets",
                table: "monev_action_updates",
                column: "ActionId");

            migrationBuilder.CreateIndex(
                name: "IX_monev_actions_FindingId",
                schema: "targets",
                table: "monev_actions",
                column: "FindingId");

            migrationBuilder.CreateIndex(
                name: "IX_monev_actions_RegionCode_DueDate",
                schema: "targets",
                table: "monev_actions",
                columns: new[] { "RegionCode", "DueDate" });

            migrationBuilder.CreateIndex(
                name: "IX_monev_findings_MeetingId",
                schema: "targets",
                table: "monev_findings",
                column: "MeetingId");

            migrationBuilder.CreateIndex(
                name: "IX_monev_findings_ObstacleCode",
                schema: "targets",
                table: "monev_findings",
                column: "ObstacleCode");

            migrationBuilder.CreateIndex(
                name: "IX_monev_findings_RegionCode_MeetingId",
                schema: "targets",
                table: "monev_findings",
                columns: new[] { "RegionCode", "MeetingId" });

            migrationBuilder.CreateIndex(
                name: "IX_monev_meetings_RegionCode_Date",
                schema: "targets",
                table: "monev_meetings",
                columns: new[] { "RegionCode", "Date" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "monev_action_updates",
                schema: "targets");

            migrationBuilder.DropTable(
                name: "monev_actions",
                schema: "targets");

            migrationBuilder.DropTable(
                name: "monev_findings",
                schema: "targets");

            migrationBuilder.DropTable(
                name: "monev_meetings",
                schema: "targets");

            migrationBuilder.DropTable(
                name: "monev_obstacles",
                schema: "targets");
        }
    }
}
