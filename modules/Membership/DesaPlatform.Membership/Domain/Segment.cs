namespace DesaPlatform.Membership.Domain;

public enum Segment
{
    AparaturDesa,
    Bpd,
    EkosistemDesa,
}
