namespace DossierGen.Yaml;

/// <summary>
/// Bounds that keep hostile input from hanging or exhausting memory. They sit far above anything a
/// real change, product, master-file or rule file needs (the deepest format nests about 8 levels).
/// </summary>
public sealed record YamlLimits(long MaxBytes, int MaxDepth, long MaxNodes)
{
    public static YamlLimits Default { get; } = new(MaxBytes: 1024 * 1024, MaxDepth: 64, MaxNodes: 100_000);
}
