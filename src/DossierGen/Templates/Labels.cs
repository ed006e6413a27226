namespace DossierGen.Templates;

/// <summary>templates/labels.yaml: English and Japanese words for every code, by group (procedures, kinds ...).</summary>
public sealed class Labels(IReadOnlyDictionary<string, IReadOnlyDictionary<string, (string En, string Ja)>> groups)
{
    private bool _unitedStates;

    /// <summary>The labels' American spellings (<c>en-US</c>), by group and code, where they differ from the British.</summary>
    public IReadOnlyDictionary<string, IReadOnlyDictionary<string, string>> American { get; init; } = new Dictionary<string, IReadOnlyDictionary<string, string>>();

    public string En(string group, string code) =>
        _unitedStates && American.TryGetValue(group, out var american) && american.TryGetValue(code, out var spelled) ? spelled : groups[group][code].En;

    public string Ja(string group, string code) => groups[group][code].Ja;

    /// <summary>The Japanese label of a code in an optional group (one a company's older labels file may lack), else the code itself.</summary>
    public string JaOrCode(string group, string code) =>
        groups.TryGetValue(group, out var labels) && labels.TryGetValue(code, out var label) ? label.Ja : code;

    /// <summary>The same labels with American spelling, for US documents.</summary>
    public Labels ForUnitedStates() => new(groups) { American = American, _unitedStates = true };
}
