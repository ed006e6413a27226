namespace DossierGen.Word;

/// <summary>What a generated document says about itself: title, running header, and its date (from the input, never the clock).</summary>
/// <param name="Language">BCP 47 tag of the document's main language (en-US, en-GB, ja-JP).</param>
public sealed record DocumentInfo(string Title, string Subject, string HeaderText, DateOnly Date, string Language)
{
    /// <summary>Custom document properties (docProps/custom.xml): where the document came from, for redline's causes (the internal memo only; none for a submitted document).</summary>
    public IReadOnlyDictionary<string, string> Properties { get; init; } = new Dictionary<string, string>();

    /// <summary>The author its core properties name (dc:creator): the tool for the internal memo, the sponsor (or none) for a submitted document.</summary>
    public string? Author { get; init; } = Tool;

    /// <summary>The tool's name, as author and application of the documents that are its own (the memo, review summaries).</summary>
    public const string Tool = "DossierGen";

    /// <summary>The document's CTD section number (3.2.S.2.6), which prefixes its caption numbers; null for a document outside the CTD (the assessment memo).</summary>
    public string? SectionNumber { get; init; }

    /// <summary>The other documents of the dossier by the section number they hold, as paths relative to this document: where cross-references to those sections go.</summary>
    public IReadOnlyDictionary<string, string> SectionFiles { get; init; } = new Dictionary<string, string>();
    public PaperSize Paper { get; init; } = PaperSize.A4;

    /// <summary>The block on the first page saying what the document is (number, version, sponsor) and that it is a confidential draft.</summary>
    public DocumentControl Control { get; init; } = DocumentControl.Unnumbered;

    public bool Japanese => Language.StartsWith("ja", StringComparison.Ordinal);

    /// <summary>
    /// The language of the document's Latin-script text: its own for English documents; for a
    /// Japanese one (whose East Asian text is ja-JP) British English, the spelling of the rules'
    /// and citations' English it quotes.
    /// </summary>
    public string LatinLanguage => Japanese ? "en-GB" : Language;
}
