namespace DossierGen.Templates;

/// <summary>templates/labels.yaml: English and Japanese words for every code, by group (procedures, kinds ...).</summary>
public sealed class Labels(IReadOnlyDictionary<string, IReadOnlyDictionary<string, (string En, string Ja)>> groups)
{
    public string En(string group, string code) => groups[group][code].En;

    public string Ja(string group, string code) => groups[group][code].Ja;
}
