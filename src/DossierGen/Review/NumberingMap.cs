using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace DossierGen.Review;

/// <summary>
/// Gives a deleted list paragraph of the old document a numbering instance that exists in the new
/// one, so it keeps its bullet or number. The new document's instance of the same id is used when it
/// is the same kind of list; otherwise a copy of the old instance is added. When the new document
/// has no matching list definition, the paragraph loses its numbering (and keeps its text).
/// Both numbering parts are indexed once, on first use, so a document with many lists maps each
/// in constant time.
/// </summary>
internal sealed class NumberingMap
{
    private readonly Numbering? _old;
    private readonly Numbering? _new;
    private readonly Dictionary<int, int?> _mapped = [];
    private Index? _oldIndex;
    private Index? _newIndex;
    private Dictionary<string, AbstractNum>? _newDefinitionsByMarkup;
    private int _nextId;

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
        if (_old is null || _new is null)
        {
            return null;
        }

        _oldIndex ??= new Index(_old);
        _newIndex ??= new Index(_new);
        if (_newDefinitionsByMarkup is null)
        {
            _newDefinitionsByMarkup = new Dictionary<string, AbstractNum>(StringComparer.Ordinal);
            foreach (var definition in _new.Elements<AbstractNum>())
            {
                _newDefinitionsByMarkup.TryAdd(definition.OuterXml, definition);
            }

            _nextId = _new.Elements<NumberingInstance>().Select(n => n.NumberID?.Value ?? 0).DefaultIfEmpty(0).Max() + 1;
        }

        if (_oldIndex.Instance(oldId) is not { } oldInstance || _oldIndex.Definition(oldInstance) is not { } oldDefinition
            || !_newDefinitionsByMarkup.TryGetValue(oldDefinition.OuterXml, out var newDefinition))
        {
            return null;
        }

        if (_newIndex.Instance(oldId) is { } sameId && _newIndex.Definition(sameId) == newDefinition && sameId.OuterXml == oldInstance.OuterXml)
        {
            return oldId;
        }

        var id = _nextId++;
        var copy = (NumberingInstance)oldInstance.CloneNode(true);
        copy.NumberID = id;
        copy.AbstractNumId = new AbstractNumId { Val = newDefinition.AbstractNumberId };
        _new.Append(copy);
        _newIndex.Add(copy);
        return id;
    }

    /// <summary>A numbering part's instances and definitions by id; the first of each id counts, as a linear search would find it.</summary>
    private sealed class Index
    {
        private readonly Dictionary<int, NumberingInstance> _instances = [];
        private readonly Dictionary<int, AbstractNum> _definitions = [];

        public Index(Numbering numbering)
        {
            foreach (var instance in numbering.Elements<NumberingInstance>())
            {
                Add(instance);
            }

            foreach (var definition in numbering.Elements<AbstractNum>())
            {
                if (definition.AbstractNumberId?.Value is { } id)
                {
                    _definitions.TryAdd(id, definition);
                }
            }
        }

        /// <summary>Takes in an instance appended to the part (after those already there).</summary>
        public void Add(NumberingInstance instance)
        {
            if (instance.NumberID?.Value is { } id)
            {
                _instances.TryAdd(id, instance);
            }
        }

        public NumberingInstance? Instance(int id) => _instances.GetValueOrDefault(id);

        public AbstractNum? Definition(NumberingInstance instance) =>
            instance.AbstractNumId?.Val?.Value is { } id ? _definitions.GetValueOrDefault(id) : null;
    }
}
