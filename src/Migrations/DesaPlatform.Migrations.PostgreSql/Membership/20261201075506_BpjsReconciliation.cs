using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace DesaPlatform.Migrations.PostgreSql.Membership
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
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    RegionCode = table.Column<string>(type: "character varying(13)", maxLength: 13, nullable: false, collation: "C"),
                    AsOf = table.Column<DateOnly>(type: "date", nullable: false),
                    FileName = table.Column<string>(type: "character varying(255)", maxLength: 255, nullable: false),
                    Sha256 = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    File = table.Column<byte[]>(type: "bytea", nullable: true),
                    FileDeletedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    Participants = table.Column<int>(type: "integer", nullable: false),
                    UploadedBy = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    UploadedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
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
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    ListId = table.Column<Guid>(type: "uuid", nullable: false),
                    RegionCode = table.Column<string>(type: "character varying(13)", maxLength: 13, nullable: false, collation: "C"),
                    Group = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Nik = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    EntryId = table.Column<Guid>(type: "uuid", nullable: true),
                    RosterName = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    BpjsName = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    Kpj = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true),
                    Segment = table.Column<string>(type: "character varying(3)", maxLength: 3, nullable: true),
                    Programs = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true),
                    ActiveAtBpjs = table.Column<bool>(type: "boolean", nullable: true),
                    LastPaidMonth = table.Column<string>(type: "character varying(7)", maxLength: 7, nullable: true),
                    NameMismatch = table.Column<bool>(type: "boolean", nullable: false),
                    BirthDateMismatch = table.Column<bool>(type: "boolean", nullable: false)
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
