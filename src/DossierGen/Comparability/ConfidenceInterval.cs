namespace DossierGen.Comparability;

/// <summary>A two-sided confidence interval, on the analysis scale.</summary>
public readonly record struct ConfidenceInterval(double Lower, double Upper);
