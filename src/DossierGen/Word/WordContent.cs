using DossierGen.Word.Xml;

namespace DossierGen.Word;

/// <summary>What rendering one Markdown document produced: body blocks, footnotes, list numbering and hyperlinks.</summary>
public sealed class WordContent
{
    public List<WordElement> Body { get; } = [];

    /// <summary>Footnotes (<c>w:footnote</c>) in reference order; each one's id is its index + 1.</summary>
    public List<WordElement> Footnotes { get; } = [];

    /// <summary>One numbering instance per list, so every list restarts; value: bullet or decimal.</summary>
    public List<bool> ListInstances { get; } = [];

    /// <summary>Hyperlink targets in order; the relationship id of the n-th is rIdLink{n}, in the document's and the footnotes' relationships.</summary>
    public List<string> Hyperlinks { get; } = [];

    /// <summary>The charts in order, as data: the n-th is written as word/charts/chart{n}.xml (relationship rIdChart{n}) when the document is packaged.</summary>
    public List<Markdown.Charts.ChartData> Charts { get; } = [];
}
