using System.Diagnostics.CodeAnalysis;

namespace DossierGen.Templates.Model;

/// <summary>A section's document: what every document knows, plus the market and the section.</summary>
public sealed record SectionDocumentModel : DocumentModel
{
    [SetsRequiredMembers]
    public SectionDocumentModel(DocumentModel document, MarketModel market, SectionInfoModel section)
        : base(document)
    {
        Market = market;
        Section = section;
    }

    /// <summary>The market the section is written for.</summary>
    public required MarketModel Market { get; init; }

    /// <summary>The outline section being written.</summary>
    public required SectionInfoModel Section { get; init; }
}
