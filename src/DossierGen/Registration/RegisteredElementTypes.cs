namespace DossierGen.Registration;

/// <summary>Which change kinds may point at which type of registered element.</summary>
public static class RegisteredElementTypes
{
    private static readonly Dictionary<string, string[]> KindsByType = new(StringComparer.Ordinal)
    {
        ["process-parameter"] = ["process", "scale"],
        ["specification"] = ["specification", "starting-material"],
        ["site"] = ["site", "administrative"],
        ["material"] = ["raw-material", "starting-material", "formulation", "cell-bank"],
        ["container-closure"] = ["container-closure"],
        ["shelf-life"] = ["shelf-life"],
    };

    public static IReadOnlyList<string> KindsFor(string type) => KindsByType.GetValueOrDefault(type) ?? [];

    public static bool Fits(string type, string kind) => KindsFor(type).Contains(kind);
}
