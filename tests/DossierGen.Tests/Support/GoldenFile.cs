using System.Text;
using DiffPlex.DiffBuilder;
using DiffPlex.DiffBuilder.Model;

namespace DossierGen.Tests.Support;

/// <summary>
/// Compares text with a committed golden file. Goldens are accepted on purpose, never silently:
/// run <c>DOSSIERGEN_ACCEPT=1 dotnet test</c>, then review the diff in git.
/// </summary>
internal static class GoldenFile
{
    public static bool Accepting => Environment.GetEnvironmentVariable("DOSSIERGEN_ACCEPT") == "1";

    public static void AssertMatches(string goldenPath, string actual)
    {
        actual = actual.Replace("\r\n", "\n", StringComparison.Ordinal);
        if (Accepting)
        {
            Directory.CreateDirectory(Path.GetDirectoryName(goldenPath)!);
            File.WriteAllText(goldenPath, actual, new UTF8Encoding(false));
            return;
        }

        Assert.True(File.Exists(goldenPath), $"golden file {goldenPath} is missing; run DOSSIERGEN_ACCEPT=1 dotnet test and review it");
        var expected = File.ReadAllText(goldenPath).Replace("\r\n", "\n", StringComparison.Ordinal);
        if (expected != actual)
        {
            Assert.Fail($"{goldenPath} differs (- golden, + actual); if the change is intended, run DOSSIERGEN_ACCEPT=1 dotnet test and review the diff:\n{Diff(expected, actual)}");
        }
    }

    public static string Diff(string expected, string actual)
    {
        var model = new InlineDiffBuilder(new DiffPlex.Differ()).BuildDiffModel(expected, actual);
        var lines = new StringBuilder();
        var shown = 0;
        foreach (var line in model.Lines.Where(l => l.Type is ChangeType.Inserted or ChangeType.Deleted))
        {
            if (shown++ == 60)
            {
                lines.AppendLine("... (more differences)");
                break;
            }

            lines.Append(line.Type == ChangeType.Inserted ? "+ " : "- ").AppendLine(line.Text);
        }

        return lines.ToString();
    }
}
