using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace DossierGen.Review;

/// <summary>Word comments on revised paragraphs, each naming the causes of the revision.</summary>
internal sealed class CommentBook(RevisionMarks marks)
{
    private readonly List<Comment> _comments = [];

    public int Count => _comments.Count;

    public void Attach(Paragraph paragraph, IReadOnlyList<Cause> causes)
    {
        var id = _comments.Count.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var text = causes.Count == 0
            ? "Cause: none of the inputs, rules or templates behind this document changed (or the documents do not come from DossierGen)."
            : "Cause: " + string.Join("; ", causes.Select(c => c.Description)) + ".";
        _comments.Add(new Comment(new Paragraph(new Run(new Text(text) { Space = SpaceProcessingModeValues.Preserve })))
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
