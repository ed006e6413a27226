namespace DossierGen.Templates.Model;

/// <summary>One change of the change control, with the market's decision on it.</summary>
public sealed record ChangeModel
{
    /// <summary>The change's id, such as <c>C1</c>.</summary>
    public required string Id { get; init; }

    /// <summary>The change kind code, such as <c>site</c>.</summary>
    public required string Kind { get; init; }

    /// <summary>The kind in English words.</summary>
    public required string KindLabel { get; init; }

    /// <summary>The kind in Japanese words.</summary>
    public required string KindLabelJa { get; init; }

    /// <summary>The change's summary (one-line user text).</summary>
    public required string Summary { get; init; }

    /// <summary>The material in English words (drug substance, drug product ...), or null.</summary>
    public required string? Material { get; init; }

    /// <summary>The present state (one-line user text), or null.</summary>
    public required string? Present { get; init; }

    /// <summary>The proposed state (one-line user text), or null.</summary>
    public required string? Proposed { get; init; }

    /// <summary>The procedure code the market's rules decide for this change.</summary>
    public required string Procedure { get; init; }

    /// <summary>The procedure in English words.</summary>
    public required string ProcedureLabel { get; init; }

    /// <summary>The procedure in Japanese words.</summary>
    public required string ProcedureLabelJa { get; init; }

    /// <summary>The EU classification codes, comma-separated, or null.</summary>
    public required string? Codes { get; init; }

    /// <summary>True when the decision rests on a point the fact base marks unconfirmed.</summary>
    public required bool Verify { get; init; }

    /// <summary>The sponsor's CQA impact (<c>none</c>, <c>low</c>, <c>moderate</c>, <c>high</c>).</summary>
    public required string CqaImpact { get; init; }

    /// <summary>The CQAs potentially affected, comma-separated, or null.</summary>
    public required string? AffectedCqas { get; init; }

    /// <summary>Where the change stands in the Japanese approval form, in Japanese.</summary>
    public required string JpFormJa { get; init; }

    /// <summary>The footnote marks (<c>[^c1]</c> ...) citing the rules that decide the procedure; insert as they are.</summary>
    public required string CiteRefs { get; init; }
}
