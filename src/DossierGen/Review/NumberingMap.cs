using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace DossierGen.Review;

/// <summary>
/// Gives a deleted list paragraph of the old document a numbering instance that exists in the new
/// one, so it keeps its bullet or number. The new document's instance of the same id is used when it
/// is the same kind of list; otherwise a copy of the old instance is added. When the new document
/// has no matching list definition, the paragraph loses its numbering (and keeps its text).
/// </summary>
internal sealed class NumberingMap
{
    private readonly Numbering? _old;
    private readonly Numbering? _new;
    private readonly Dictionary<int, int?> _mapped = [];

    public NumberingMap(MainDocumentPart oldMain, MainDocumentPart newMain)
    {
        _old = oldMain.NumberingDefinitionsPart?.Numbering;
        _new = newMain.NumberingDefinitionsPart?.Numbering;
    }

    public int? Map(int oldId)
    {
        if (!_mapped.TryGetValue(oldId, out var mapped))
        {
            mapped = Find(oldId);
            _mapped[oldId] = mapped;
        }

        return mapped;
    }

    private int? Find(int oldId)
    {
        if (_old is null || _new is null || Instance(_old, oldId) is not { } oldInstance || Definition(_old, oldInstance) is not { } oldDefinition)
        {
            return null;
        }

        var newDefinition = _new.Elements<AbstractNum>().FirstOrDefault(a => a.OuterXml == oldDefinition.OuterXml);
        if (newDefinition is null)
        {
            return null;
        }

        if (Instance(_new, oldId) is { } sameId && Definition(_new, sameId) == newDefinition && sameId.OuterXml == oldInstance.OuterXml)
        {
            return oldId;
        }

        var id = _new.Elements<NumberingInstance>().Select(n => n.NumberID?.Value ?? 0).DefaultIfEmpty(0).Max() + 1;
        var copy = (NumberingInstance)oldInstance.CloneNode(true);
        copy.NumberID = id;
        copy.AbstractNumId = new AbstractNumId { Val = newDefinition.AbstractNumberId };
        _new.Append(copy);
        return id;
    }

    private static NumberingInstance? Instance(Numbering numbering, int id) =>
        numbering.Elements<NumberingInstance>().FirstOrDefault(n => n.NumberID?.Value == id);

    private static AbstractNum? Definition(Numbering numbering, NumberingInstance instance) =>
        numbering.Elements<AbstractNum>().FirstOrDefault(a => a.AbstractNumberId?.Value == instance.AbstractNumId?.Val?.Value);
}
