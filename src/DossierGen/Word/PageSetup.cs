namespace DossierGen.Word;

/// <summary>A page's size and margins in twentieths of a point (twips), as a section's w:pgSz and w:pgMar give them.</summary>
public sealed record PageSetup(int Width, int Height, int Left, int Right, int Gutter)
{
    /// <summary>A4 portrait with 2.5 cm margins: the page when a reference document gives none.</summary>
    public static PageSetup Default { get; } = new(11906, 16838, 1418, 1418, 0);

    /// <summary>The width text and tables fill: the page less its side margins and gutter.</summary>
    public int TextWidth => Width - Left - Right - Gutter;

    /// <summary>The same margins on <paramref name="paper"/>, portrait or landscape as this page is.</summary>
    public PageSetup On(PaperSize paper)
    {
        var (narrow, tall) = paper == PaperSize.Letter ? (12240, 15840) : (11906, 16838);
        return Width > Height ? this with { Width = tall, Height = narrow } : this with { Width = narrow, Height = tall };
    }
}
