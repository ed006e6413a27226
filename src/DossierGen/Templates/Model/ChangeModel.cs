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

    /// <summary>The summary in Japanese (<c>summary-ja</c>, one-line user text), or null.</summary>
    public required string? SummaryJa { get; init; }

    /// <summary>The present wording of the Japanese approval form (<c>present-ja</c>, one-line user text), or null.</summary>
    public required string? PresentJa { get; init; }

    /// <summary>The proposed wording of the Japanese approval form (<c>proposed-ja</c>, one-line user text), or null.</summary>
    public required string? ProposedJa { get; init; }

    /// <summary><see cref="PresentJa"/> as safe Markdown, the words that differ from the proposed wording underlined (<c>++x++</c>); insert as it is. Null without <c>present-ja</c>.</summary>
    public required string? PresentJaMarked { get; init; }

    /// <summary><see cref="ProposedJa"/> as safe Markdown, the words that differ from the present wording underlined; insert as it is. Null without <c>proposed-ja</c>.</summary>
    public required string? ProposedJaMarked { get; init; }

    /// <summary>The approval-form section the change's kind sits in, in Japanese (such as 「製造方法」欄).</summary>
    public required string JpFormSectionJa { get; init; }

    /// <summary>The evidence the market's rules ask for this change, in English words, comma-separated, or null.</summary>
    public required string? EvidenceLabels { get; init; }

    /// <summary>The same in Japanese, separated by 、, or null.</summary>
    public required string? EvidenceLabelsJa { get; init; }

    /// <summary>The EU product information the change touches (SmPC sections, Annex II, labelling, package leaflet), in English words, or null when none.</summary>
    public required string? ProductInformation { get; init; }

    /// <summary>The reference of the market's approved agreement (comparability protocol, PACMP, change plan) covering the change, or null.</summary>
    public required string? CoveredBy { get; init; }

    /// <summary>The footnote marks (<c>[^c1]</c> ...) citing the rules that decide the procedure; insert as they are.</summary>
    public required string CiteRefs { get; init; }
}
