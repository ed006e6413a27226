using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;

namespace DossierGen.Review;

/// <summary>Makes Word's tracked-change elements, numbered in document order, by one author on one date.</summary>
internal sealed class RevisionMarks(string author, DateTime date)
{
    private int _next = 1;

    public string Author { get; } = author;

    public DateTime Date { get; } = date;

    /// <summary>How many tracked changes have been made.</summary>
    public int Count => _next - 1;

    public InsertedRun Inserted(IEnumerable<OpenXmlElement> runs) => new(runs) { Id = Id(), Author = Author, Date = Date };

    public DeletedRun Deleted(IEnumerable<OpenXmlElement> runs) => new(runs) { Id = Id(), Author = Author, Date = Date };

    public Inserted InsertedMark() => new() { Id = Id(), Author = Author, Date = Date };

    public Deleted DeletedMark() => new() { Id = Id(), Author = Author, Date = Date };

    public ParagraphPropertiesChange PropertiesChange(ParagraphPropertiesExtended old) => new(old) { Id = Id(), Author = Author, Date = Date };

    private string Id() => (_next++).ToString(System.Globalization.CultureInfo.InvariantCulture);
}
