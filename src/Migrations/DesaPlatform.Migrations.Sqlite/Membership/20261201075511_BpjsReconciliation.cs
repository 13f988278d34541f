using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace DesaPlatform.Migrations.Sqlite.Membership
{
    /// <inheritdoc />
    public partial class BpjsReconciliation : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "bpjs_participant_lists",
                schema: "membership",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    RegionCode = table.Column<string>(type: "TEXT", maxLength: 13, nullable: false),
                    AsOf = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    FileName = table.Column<string>(type: "TEXT", maxLength: 255, nullable: false),
                    Sha256 = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    File = table.Column<byte[]>(type: "BLOB", nullable: true),
                    FileDeletedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    Participants = table.Column<int>(type: "INTEGER", nullable: false),
                    UploadedBy = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    UploadedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_bpjs_participant_lists", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "bpjs_reconciliation_results",
                schema: "membership",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ListId = table.Column<Guid>(type: "TEXT", nullable: false),
                    RegionCode = table.Column<string>(type: "TEXT", maxLength: 13, nullable: false),
                    Group = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Nik = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    EntryId = table.Column<Guid>(type: "TEXT", nullable: true),
                    RosterName = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    BpjsName = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    Kpj = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true),
                    Segment = table.Column<string>(type: "TEXT", maxLength: 3, nullable: true),
                    Programs = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true),
                    ActiveAtBpjs = table.Column<bool>(type: "INTEGER", nullable: true),
                    LastPaidMonth = table.Column<string>(type: "TEXT", maxLength: 7, nullable: true),
                    NameMismatch = table.Column<bool>(type: "INTEGER", nullable: false),
                    BirthDateMismatch = table.Column<bool>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_bpjs_reconciliation_results", x => x.Id);
                    table.ForeignKey(
                        name: "FK_bpjs_reconciliation_results_bpjs_participant_lists_ListId",
                        column: x => x.ListId,
                        principalSchema: "membership",
                        principalTable: "bpjs_participant_lists",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_bpjs_participant_lists_RegionCode_AsOf",
                schema: "membership",
                table: "bpjs_participant_lists",
                columns: new[] { "RegionCode", "AsOf" });

            migrationBuilder.CreateIndex(
                name: "IX_bpjs_reconciliation_results_ListId_RegionCode_Group",
                schema: "membership",
                table: "bpjs_reconciliation_results",
                columns: new[] { "ListId", "RegionCode", "Group" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "bpjs_reconciliation_results",
                schema: "membership");

            migrationBuilder.DropTable(
                name: "bpjs_participant_lists",
                schema: "membership");
        }
    }
}
