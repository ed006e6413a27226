namespace DossierGen.Templates.Model;

/// <summary>What a section template (an outline section) sees: one market's view of the changes the section covers.</summary>
public sealed record SectionModel
{
    /// <summary>The document: product, change control, market and section.</summary>
    public required SectionDocumentModel Doc { get; init; }

    /// <summary>The changes the section covers, in file order, with this market's decision.</summary>
    public required IReadOnlyList<ChangeModel> Changes { get; init; }

    /// <summary>The evidence items of this section the rules ask for in this market.</summary>
    public required IReadOnlyList<EvidenceModel> Evidence { get; init; }

    /// <summary>True when <see cref="Evidence"/> is not empty.</summary>
    public required bool HasEvidence { get; init; }

    /// <summary>Every master file the change references, as it stands in this market.</summary>
    public required IReadOnlyList<MasterFileModel> MasterFiles { get; init; }

    /// <summary>True when <see cref="MasterFiles"/> is not empty.</summary>
    public required bool HasMasterFiles { get; init; }

    /// <summary>The rules' findings about the section's changes in this market (the verify findings go to the verify box instead).</summary>
    public required IReadOnlyList<FindingModel> Findings { get; init; }

    /// <summary>True when <see cref="Findings"/> is not empty.</summary>
    public required bool HasFindings { get; init; }

    /// <summary>The verify box's lines in English: what rests on points the fact base marks unconfirmed.</summary>
    public required IReadOnlyList<string> VerifyNotes { get; init; }

    /// <summary>True when <see cref="VerifyNotes"/> is not empty.</summary>
    public required bool HasVerify { get; init; }

    /// <summary>The same lines in Japanese, for the Japanese Module 1 summary.</summary>
    public required IReadOnlyList<string> VerifyNotesJa { get; init; }

    /// <summary>The comparability studies that support the section's changes, in the change file's order.</summary>
    public required IReadOnlyList<StudyModel> Studies { get; init; }

    /// <summary>True when <see cref="Studies"/> is not empty.</summary>
    public required bool HasStudies { get; init; }

    /// <summary>The footnotes the citation marks (<c>citeRefs</c>) refer to, in order of first mention.</summary>
    public required IReadOnlyList<CitationModel> Citations { get; init; }
}
