namespace DossierGen.Templates.Model;

/// <summary>The market a section is written for, and its decision for the whole change.</summary>
public sealed record MarketModel
{
    /// <summary>US, EU or JP.</summary>
    public required string Code { get; init; }

    /// <summary>The market's name in English (from labels.yaml).</summary>
    public required string Name { get; init; }

    /// <summary>The market's name in Japanese.</summary>
    public required string NameJa { get; init; }

    /// <summary><c>marketed</c> or <c>clinical</c>.</summary>
    public required string Stage { get; init; }

    /// <summary>The stage in Japanese.</summary>
    public required string StageJa { get; init; }

    /// <summary>True when the product is clinical in this market.</summary>
    public required bool Clinical { get; init; }

    /// <summary>The market's procedure code (the most burdensome of its changes).</summary>
    public required string Procedure { get; init; }

    /// <summary>The procedure in English words.</summary>
    public required string ProcedureLabel { get; init; }

    /// <summary>The procedure in Japanese words.</summary>
    public required string ProcedureLabelJa { get; init; }
}
