using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;

namespace DossierGen.Word;

/// <summary>What rendering one Markdown document produced: body blocks, footnotes, list numbering and hyperlinks.</summary>
public sealed class WordContent
{
    public List<OpenXmlElement> Body { get; } = [];

    /// <summary>Footnotes in reference order; each one's id is its index + 1.</summary>
    public List<Footnote> Footnotes { get; } = [];

    /// <summary>One numbering instance per list, so every list restarts; value: bullet or decimal.</summary>
    public List<bool> ListInstances { get; } = [];

    /// <summary>Hyperlink targets in order; the relationship id of the n-th is rIdLink{n}.</summary>
    public List<string> Hyperlinks { get; } = [];
}
