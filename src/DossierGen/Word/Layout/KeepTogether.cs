using DossierGen.Word.Xml;

namespace DossierGen.Word.Layout;

/// <summary>
/// Keeps a run of paragraphs (a note box) on one page: no paragraph of it splits across pages
/// (keepLines) and each stays with the next (keepNext), the last one excepted, so the text after
/// the box may still start a new page. A box longer than a page still breaks, as Word must.
/// </summary>
public static class KeepTogether
{
    public static void Apply(IReadOnlyList<WordElement> paragraphs)
    {
        ArgumentNullException.ThrowIfNull(paragraphs);
        for (var i = 0; i < paragraphs.Count; i++)
        {
            if (i < paragraphs.Count - 1)
            {
                ParagraphProperties.Add(paragraphs[i], new WordElement("w:keepNext"));
            }

            ParagraphProperties.Add(paragraphs[i], new WordElement("w:keepLines"));
        }
    }
}
