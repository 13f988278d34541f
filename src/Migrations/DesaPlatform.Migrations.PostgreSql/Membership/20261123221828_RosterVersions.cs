using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace DesaPlatform.Migrations.PostgreSql.Membership
{
    /// <inheritdoc />
    public partial class RosterVersions : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "AddedCount",
                schema: "membership",
                table: "submissions",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "ChangedCount",
                schema: "membership",
                table: "submissions",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "EndedCount",
                schema: "membership",
                table: "submissions",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<string>(
                name: "Appointment",
                schema: "membership",
                table: "people",
                type: "character varying(10)",
                maxLength: 10,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<DateTime>(
                name: "ApprovedAt",
                schema: "membership",
                table: "people",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "BasedOnId",
                schema: "membership",
                table: "people",
                type: "uuid",
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "BirthDate",
                schema: "membership",
                table: "people",
                type: "date",
                nullable: false,
                defaultValue: new DateOnly(1, 1, 1));

            migrationBuilder.AddColumn<Guid>(
                name: "EntryId",
                schema: "membership",
                table: "people",
                type: "uuid",
                nullable: false,
                defaultValue: new Guid("00000000-0000-0000-0000-000000000000"));

            migrationBuilder.AddColumn<string>(
                name: "NikNote",
                schema: "membership",
                table: "people",
                type: "character varying(500)",
                maxLength: 500,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Phone",
                schema: "membership",
                table: "people",
                type: "character varying(16)",
                maxLength: 16,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ReviewComment",
                schema: "membership",
                table: "people",
                type: "character varying(1000)",
                maxLength: 1000,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Sex",
                schema: "membership",
                table: "people",
                type: "character varying(6)",
                maxLength: 6,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<DateOnly>(
                name: "SkDate",
                schema: "membership",
                table: "people",
                type: "date",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "SkNumber",
                schema: "membership",
                table: "people",
                type: "character varying(100)",
                maxLength: 100,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "enrollment_status",
                schema: "membership",
                table: "people",
                type: "character varying(8)",
                maxLength: 8,
                nullable: true);

            migrationBuilder.CreateTable(
                name: "submission_events",
                schema: "membership",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    RegionCode = table.Column<string>(type: "character varying(13)", maxLength: 13, nullable: false),
                    SubmissionId = table.Column<Guid>(type: "uuid", nullable: false),
                    Kind = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    At = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    By = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Reason = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    Changes = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_submission_events", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_people_EntryId",
                schema: "membership",
                table: "people",
                column: "EntryId");

            migrationBuilder.CreateIndex(
                name: "IX_people_SubmissionId",
                schema: "membership",
                table: "people",
                column: "SubmissionId");

            migrationBuilder.CreateIndex(
                name: "IX_submission_events_RegionCode_At",
                schema: "membership",
                table: "submission_events",
                columns: new[] { "RegionCode", "At" });

            migrationBuilder.CreateIndex(
                name: "IX_submission_events_SubmissionId",
                schema: "membership",
                table: "submission_events",
                column: "SubmissionId");

            // Rows from before versions: each is its own entry; birth dates stay unknown (0001-01-01) until edited.
            migrationBuilder.Sql("""
                UPDATE membership.people SET "EntryId" = "Id", "Appointment" = 'Definitive', "Sex" = CASE WHEN substring("Nik", 7, 2) > '40' THEN 'Female' ELSE 'Male' END, "enrollment_status" = CASE WHEN "kpj" IS NULL THEN NULL ELSE 'Active' END
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "submission_events",
                schema: "membership");

            migrationBuilder.DropIndex(
                name: "IX_people_EntryId",
                schema: "membership",
                table: "people");

            migrationBuilder.DropIndex(
                name: "IX_people_SubmissionId",
                schema: "membership",
                table: "people");

            migrationBuilder.DropColumn(
                name: "AddedCount",
                schema: "membership",
                table: "submissions");

            migrationBuilder.DropColumn(
                name: "ChangedCount",
                schema: "membership",
                table: "submissions");

            migrationBuilder.DropColumn(
                name: "EndedCount",
                schema: "membership",
                table: "submissions");

            migrationBuilder.DropColumn(
                name: "Appointment",
                schema: "membership",
                table: "people");

            migrationBuilder.DropColumn(
                name: "ApprovedAt",
                schema: "membership",
                table: "people");

            migrationBuilder.DropColumn(
                name: "BasedOnId",
                schema: "membership",
                table: "people");

            migrationBuilder.DropColumn(
                name: "BirthDate",
                schema: "membership",
                table: "people");

            migrationBuilder.DropColumn(
                name: "EntryId",
                schema: "membership",
                table: "people");

            migrationBuilder.DropColumn(
                name: "NikNote",
                schema: "membership",
                table: "people");

            migrationBuilder.DropColumn(
                name: "Phone",
                schema: "membership",
                table: "people");

            migrationBuilder.DropColumn(
                name: "ReviewComment",
                schema: "membership",
                table: "people");

            migrationBuilder.DropColumn(
                name: "Sex",
                schema: "membership",
                table: "people");

            migrationBuilder.DropColumn(
                name: "SkDate",
                schema: "membership",
                table: "people");

            migrationBuilder.DropColumn(
                name: "SkNumber",
                schema: "membership",
                table: "people");

            migrationBuilder.DropColumn(
                name: "enrollment_status",
                schema: "membership",
                table: "people");
        }
    }
}
