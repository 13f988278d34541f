using DesaPlatform.SharedKernel.GraphQL;

namespace DesaPlatform.Budgeting.Plans;

internal static class PlanErrors
{
    public static readonly UserError Waiting =
        new("BUDGET_PLAN_WAITING", "Rencana anggaran ini sedang menunggu persetujuan; tarik kembali dulu untuk mengubahnya.", "planId");

    public static readonly UserError Approved =
        new("BUDGET_PLAN_APPROVED", "Rencana anggaran ini sudah disetujui; hitung perubahannya (APBDes/APBD Perubahan) sebagai versi baru.", "planId");

    public static readonly UserError ChangedMeanwhile =
        new("BUDGET_PLAN_CHANGED_MEANWHILE", "Rencana anggaran ini sudah diubah orang lain sejak Anda membukanya; muat ulang lalu ubah lagi.", "version");

    public static readonly UserError NotLatest =
        new("BUDGET_PLAN_NOT_LATEST", "Sudah ada versi yang lebih baru dari rencana anggaran ini.", "submissionId");

    public static readonly UserError ComputedLineDropped =
        new("BUDGET_PLAN_LINE_DROPPED", "Baris hasil perhitungan tidak boleh dihapus; isi 0 orang dan tulis alasannya di catatan.", "lines");
}
