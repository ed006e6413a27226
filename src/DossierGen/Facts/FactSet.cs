using DossierGen.Inputs;

namespace DossierGen.Facts;

/// <summary>
/// The facts one rule evaluation sees, by catalogue name. Absent facts make their tests false
/// (except <c>exists: false</c>). A set may extend another with a few facts of its own, so adjust
/// and master-file rules see the change's facts without copying them.
/// </summary>
public sealed class FactSet
{
    private readonly IReadOnlyDictionary<string, FactValue> _own;
    private readonly FactSet? _parent;

    public FactSet(IReadOnlyDictionary<string, FactValue> values)
        : this(values, null)
    {
    }

    private FactSet(IReadOnlyDictionary<string, FactValue> own, FactSet? parent)
    {
        _own = own;
        _parent = parent;
    }

    /// <summary>All facts, the extension's own overriding its parent's.</summary>
    public IReadOnlyDictionary<string, FactValue> Values
    {
        get
        {
            if (_parent is null)
            {
                return _own;
            }

            var merged = new Dictionary<string, FactValue>(_parent.Values, StringComparer.Ordinal);
            foreach (var (key, value) in _own)
            {
                merged[key] = value;
            }

            return merged;
        }
    }

    public FactValue? Get(string name) => _own.TryGetValue(name, out var value) ? value : _parent?.Get(name);

    /// <summary>This set plus a few more facts, for master-file and adjust rules.</summary>
    public FactSet With(IEnumerable<KeyValuePair<string, FactValue>> more) =>
        new(more.ToDictionary(p => p.Key, p => p.Value, StringComparer.Ordinal), this);
}
