using DocumentFormat.OpenXml.Wordprocessing;

namespace DossierGen.Word;

/// <summary>
/// Styles DossierGen adds to a reference document that lacks them, so a company's reference.docx
/// made before the style was used keeps working: Word's built-in Caption (numbered table and
/// figure captions). The shipped reference document defines the same style (tools/ReferenceDocx).
/// </summary>
public static class SuppliedStyles
{
    /// <summary>Word's built-in caption style: bold, a little smaller than body text, kept with what it captions.</summary>
    public static Style Caption() => new(
        new StyleName { Val = "caption" },
        new BasedOn { Val = "Normal" },
        new NextParagraphStyle { Val = "BodyText" },
        new UIPriority { Val = 35 },
        new PrimaryStyle(),
        new StyleParagraphProperties(new KeepNext(), new SpacingBetweenLines { Before = "120", After = "60" }),
        new StyleRunProperties(new Bold(), new FontSize { Val = "19" }, new FontSizeComplexScript { Val = "19" }))
    {
        Type = StyleValues.Paragraph,
        StyleId = StyleIds.Caption,
    };

    /// <summary>The supplied styles whose ids <paramref name="defined"/> lacks.</summary>
    internal static IEnumerable<Style> Missing(IReadOnlySet<string> defined)
    {
        if (!defined.Contains(StyleIds.Caption))
        {
            var caption = Caption();
            if (!defined.Contains("Normal"))
            {
                caption.RemoveAllChildren<BasedOn>();
            }

            if (!defined.Contains(StyleIds.BodyText))
            {
                caption.RemoveAllChildren<NextParagraphStyle>();
            }

            yield return caption;
        }
    }
}
