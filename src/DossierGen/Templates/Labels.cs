namespace DossierGen.Templates;

/// <summary>templates/labels.yaml: English and Japanese words for every code, by group (procedures, kinds ...).</summary>
public sealed class Labels(IReadOnlyDictionary<string, IReadOnlyDictionary<string, (string En, string Ja)>> groups)
{
    public string En(string group, string code) => groups[group][code].En;

    public string Ja(string group, string code) => groups[group][code].Ja;

    /// <summary>The Japanese label of a code in an optional group (one a company's older labels file may lack), else the code itself.</summary>
    public string JaOrCode(string group, string code) =>
        groups.TryGetValue(group, out var labels) && labels.TryGetValue(code, out var label) ? label.Ja : code;
}
