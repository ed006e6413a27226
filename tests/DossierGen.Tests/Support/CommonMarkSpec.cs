using System.Text.Json;

namespace DossierGen.Tests.Support;

/// <summary>The examples of the CommonMark spec (their Markdown only; source and licence in the JSON file).</summary>
internal static class CommonMarkSpec
{
    private static readonly Lazy<IReadOnlyList<Example>> Loaded = new(() =>
    {
        using var json = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(RepositoryPaths.RepositoryRoot, "tests", "DossierGen.Tests", "Markdown", "commonmark-spec-examples.json")));
        return [.. json.RootElement.GetProperty("examples").EnumerateArray().Select(e => new Example(
            e.GetProperty("example").GetInt32(),
            e.GetProperty("section").GetString()!,
            e.GetProperty("markdown").GetString()!))];
    });

    public static IReadOnlyList<Example> Examples => Loaded.Value;

    public static string Markdown(int number) => Examples.Single(e => e.Number == number).Markdown;

    internal sealed record Example(int Number, string Section, string Markdown);
}
