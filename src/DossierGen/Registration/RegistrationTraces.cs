namespace DossierGen.Registration;

/// <summary>The names explain and the JSON give to what the registration did to a decision.</summary>
public static class RegistrationTraces
{
    public const string WithinRange = "within-range";
    public const string Unchanged = "unchanged";
    public const string NotInDossier = "not-in-dossier";
    public const string ManagedInPqs = "managed-in-pqs";
    public const string LoweredByEc = "lowered-by-ec";
    public const string RaisedByEc = "raised-by-ec";
    public const string ConfirmedByEc = "confirmed-by-ec";
}
