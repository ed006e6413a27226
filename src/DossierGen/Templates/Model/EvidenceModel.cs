namespace DossierGen.Templates.Model;

/// <summary>One evidence item the market's rules ask for.</summary>
public sealed record EvidenceModel
{
    /// <summary>The evidence kind code, such as <c>process-validation</c>.</summary>
    public required string Kind { get; init; }

    /// <summary>The kind in English words.</summary>
    public required string Label { get; init; }

    /// <summary>The kind in Japanese words.</summary>
    public required string LabelJa { get; init; }

    /// <summary>What the evidence must show (the rules' purposes, joined; one-line text).</summary>
    public required string Purpose { get; init; }

    /// <summary>The ids of the changes that need it, comma-separated.</summary>
    public required string Changes { get; init; }

    /// <summary>Who supplies it instead of this dossier (a master file, an approved protocol), or null.</summary>
    public required string? SuppliedBy { get; init; }

    /// <summary>True when the expectation rests on an unconfirmed source.</summary>
    public required bool Verify { get; init; }

    /// <summary>In Module 3, the footnote marks (<c>[^g1]</c> ...) citing the guidances behind the item by public title; empty elsewhere. Insert as they are.</summary>
    public required string CiteRefs { get; init; }
}
