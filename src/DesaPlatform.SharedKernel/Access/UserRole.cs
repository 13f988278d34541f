namespace DesaPlatform.SharedKernel.Access;

public enum UserRole
{
    ProvinceAdmin,
    RegencyStaff,
    VillageOperator,
    Viewer,

    /// <summary>An officer of a BPJS Ketenagakerjaan branch: reads what a viewer reads, and keeps the branch's participant lists and their reconciliation.</summary>
    BpjsOfficer,
}
