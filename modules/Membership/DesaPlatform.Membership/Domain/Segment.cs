namespace DesaPlatform.Membership.Domain;

internal enum Segment
{
    AparaturDesa,
    Bpd,
    EkosistemDesa,
}
