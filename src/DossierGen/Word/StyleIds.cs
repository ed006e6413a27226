namespace DossierGen.Word;

/// <summary>
/// The style ids the renderer uses. They are defined in templates/reference.docx, never in code;
/// a company's own reference document must define them too (a test and the validator check it).
/// </summary>
public static class StyleIds
{
    public const string BodyText = "BodyText";
    public const string Compact = "Compact";
    public const string Title = "Title";
    public const string Subtitle = "Subtitle";
    public const string BlockText = "BlockText";
    public const string SourceCode = "SourceCode";
    public const string FootnoteText = "FootnoteText";
    public const string FootnoteReference = "FootnoteReference";
    public const string Hyperlink = "Hyperlink";
    public const string VerbatimChar = "VerbatimChar";
    public const string Header = "Header";
    public const string Footer = "Footer";
    public const string TocHeading = "TOCHeading";
    public const string VerifyNote = "VerifyNote";
    public const string InfoNote = "InfoNote";
    public const string Table = "DossierTable";

    /// <summary>Numbered table and figure captions; supplied when a reference document lacks it (<see cref="SuppliedStyles"/>).</summary>
    public const string Caption = "Caption";

    public static string Heading(int level) => "Heading" + Math.Clamp(level, 1, 4);

    /// <summary>Every style id the renderer may write, for the reference-document check.</summary>
    public static IReadOnlyList<string> All { get; } =
    [
        BodyText, Compact, Title, Subtitle, BlockText, SourceCode, FootnoteText, FootnoteReference, Hyperlink, VerbatimChar,
        Header, Footer, TocHeading, VerifyNote, InfoNote, Table, "Heading1", "Heading2", "Heading3", "Heading4", "TOC1", "TOC2", "TOC3",
    ];
}
