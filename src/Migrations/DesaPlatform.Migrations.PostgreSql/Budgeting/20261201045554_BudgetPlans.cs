using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace DesaPlatform.Migrations.PostgreSql.Budgeting
{
    /// <inheritdoc />
    public partial class BudgetPlans : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "budget_plan_submission_events",
                schema: "budgeting",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    RegionCode = table.Column<string>(type: "character varying(13)", maxLength: 13, nullable: false, collation: "C"),
                    SubmissionId = table.Column<Guid>(type: "uuid", nullable: false),
                    Kind = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    At = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    By = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Reason = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_budget_plan_submission_events", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "budget_plan_submissions",
                schema: "budgeting",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    PlanId = table.Column<Guid>(type: "uuid", nullable: false),
                    Year = table.Column<int>(type: "integer", nullable: false),
                    Revision = table.Column<int>(type: "integer", nullable: false),
                    Total = table.Column<decimal>(type: "numeric(16,2)", precision: 16, scale: 2, nullable: false),
                    RegionCode = table.Column<string>(type: "character varying(13)", maxLength: 13, nullable: false, collation: "C"),
                    Status = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    SubmittedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    SubmittedBy = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    ReviewedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    ReviewedBy = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    Reason = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_budget_plan_submissions", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "budget_plans",
                schema: "budgeting",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    RegionCode = table.Column<string>(type: "character varying(13)", maxLength: 13, nullable: false, collation: "C"),
                    Year = table.Column<int>(type: "integer", nullable: false),
                    Revision = table.Column<int>(type: "integer", nullable: false),
                    RosterAsOf = table.Column<DateOnly>(type: "date", nullable: false),
                    ComputedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    ComputedBy = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Computed = table.Column<string>(type: "text", nullable: false),
                    Lines = table.Column<string>(type: "text", nullable: false),
                    Members = table.Column<string>(type: "text", nullable: false),
                    Rates = table.Column<string>(type: "text", nullable: false),
                    ApprovedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_budget_plans", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_budget_plan_submission_events_RegionCode_At",
                schema: "budgeting",
                table: "budget_plan_submission_events",
                columns: new[] { "RegionCode", "At" });

            migrationBuilder.CreateIndex(
                name: "IX_budget_plan_submission_events_SubmissionId",
                schema: "budgeting",
                table: "budget_plan_submission_events",
                column: "SubmissionId");

            migrationBuilder.CreateIndex(
                name: "IX_budget_plan_submissions_PlanId",
                schema: "budgeting",
                table: "budget_plan_submissions",
                column: "PlanId");

            migrationBuilder.CreateIndex(
                name: "IX_budget_plan_submissions_RegionCode_Status",
                schema: "budgeting",
                table: "budget_plan_submissions",
                columns: new[] { "RegionCode", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_budget_plan_submissions_SubmittedAt",
                schema: "budgeting",
                table: "budget_plan_submissions",
                column: "SubmittedAt");

            migrationBuilder.CreateIndex(
                name: "IX_budget_plans_RegionCode_Year_Revision",
                schema: "budgeting",
                table: "budget_plans",
                columns: new[] { "RegionCode", "Year", "Revision" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "budget_plan_submission_events",
                schema: "budgeting");

            migrationBuilder.DropTable(
                name: "budget_plan_submissions",
                schema: "budgeting");

            migrationBuilder.DropTable(
                name: "budget_plans",
                schema: "budgeting");
        }
    }
}
