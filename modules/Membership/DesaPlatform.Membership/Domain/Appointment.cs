namespace DesaPlatform.Membership.Domain;

/// <summary>Definitive, or acting (Plt/Pj) until someone is appointed.</summary>
internal enum Appointment
{
    Definitive,
    Acting,
}
