namespace DesaPlatform.Membership.Contracts;

/// <summary>PU: wage earner (premium on the wage base); BPU: non-wage earner (on declared income).</summary>
public enum Scheme
{
    Pu,
    Bpu,
}
