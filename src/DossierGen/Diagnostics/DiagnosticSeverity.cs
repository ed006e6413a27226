namespace DossierGen.Diagnostics;

public enum DiagnosticSeverity
{
    Error,
    Warning,
}
