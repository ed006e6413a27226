namespace DossierGen.Templates.Model;

/// <summary>A market in the assessment.</summary>
public sealed record AssessmentMarketModel
{
    /// <summary>US, EU or JP.</summary>
    public required string Code { get; init; }

    /// <summary>The market's name in English.</summary>
    public required string Name { get; init; }

    /// <summary><c>marketed</c> or <c>clinical</c>.</summary>
    public required string Stage { get; init; }

    /// <summary>The market's procedure in English words.</summary>
    public required string ProcedureLabel { get; init; }
}
