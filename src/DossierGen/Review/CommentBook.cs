using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace DossierGen.Review;

/// <summary>Word comments on revised paragraphs, each naming the causes of the revision.</summary>
internal sealed class CommentBook(RevisionMarks marks)
{
    /// <summary>
    /// Causes named in one comment at most (the examples need 24): a document with thousands of
    /// changed properties would otherwise repeat them all in every comment, its size growing with
    /// revisions times causes.
    /// </summary>
    public const int MaxNamed = 50;

    private readonly List<Comment> _comments = [];

    public int Count => _comments.Count;

    /// <param name="causes">The causes, of which the first <see cref="MaxNamed"/> are named; one more says there are others.</param>
    public void Attach(Paragraph paragraph, IReadOnlyList<Cause> causes)
    {
        var id = _comments.Count.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var text = causes.Count == 0
            ? "Cause: none of the inputs, rules or templates behind this document changed (or the documents do not come from DossierGen)."
            : "Cause: " + string.Join("; ", causes.Take(MaxNamed).Select(c => c.Description)) + (causes.Count > MaxNamed ? "; and other changes" : "") + ".";
        // Causes quote input values, from the manifest as they were written (JSON holds any character), so characters XML cannot hold are dropped here.
        _comments.Add(new Comment(new Paragraph(new Run(new Text(Word.Xml.XmlChars.Clean(text)) { Space = SpaceProcessingModeValues.Preserve })))
        {
            Id = id,
            Author = marks.Author,
            Initials = "DG",
            Date = marks.Date,
        });
        var firstContent = paragraph.ChildElements.FirstOrDefault(e => e is not ParagraphProperties);
        var start = new CommentRangeStart { Id = id };
        if (firstContent is null)
        {
            paragraph.Append(start);
        }
        else
        {
            firstContent.InsertBeforeSelf(start);
        }

        paragraph.Append(new CommentRangeEnd { Id = id });
        paragraph.Append(new Run(new CommentReference { Id = id }));
    }

    public void WriteTo(MainDocumentPart main)
    {
        if (_comments.Count == 0)
        {
            return;
        }

        var part = main.WordprocessingCommentsPart ?? main.AddNewPart<WordprocessingCommentsPart>("rIdComments");
        part.Comments = new Comments(_comments);
    }
}
