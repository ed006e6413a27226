using DossierGen.Inputs;

namespace DossierGen.Facts;

/// <summary>The facts one rule evaluation sees, by catalogue name. Absent facts make their tests false (except <c>exists: false</c>).</summary>
public sealed class FactSet(IReadOnlyDictionary<string, FactValue> values)
{
    public IReadOnlyDictionary<string, FactValue> Values { get; } = values;

    public FactValue? Get(string name) => Values.GetValueOrDefault(name);

    /// <summary>A copy with more facts, for master-file and adjust rules that see the change's facts plus their own.</summary>
    public FactSet With(IEnumerable<KeyValuePair<string, FactValue>> more)
    {
        var merged = new Dictionary<string, FactValue>(Values, StringComparer.Ordinal);
        foreach (var (key, value) in more)
        {
            merged[key] = value;
        }

        return new FactSet(merged);
    }
}
