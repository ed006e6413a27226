using DossierGen.Generation.Ectd;
using DossierGen.Inputs;
using DossierGen.Templates;

namespace DossierGen.Generation;

/// <summary>Where a layout puts each document (relative to the change's folder, without extension), and how documents link to one another.</summary>
public static class DossierPaths
{
    /// <summary>The folder of the shared Module 3 set in the per-market layout.</summary>
    public const string Module3Folder = "M3";

    /// <summary>The manifest's name for each layout.</summary>
    public static string Name(DossierLayout layout) => layout == DossierLayout.Ectd ? "ectd" : "markets";

    /// <summary>The layout a manifest names; the per-market one for a manifest from before layouts were recorded.</summary>
    public static DossierLayout? Parse(string? name) => name switch
    {
        null or "markets" => DossierLayout.Markets,
        "ectd" => DossierLayout.Ectd,
        _ => null,
    };

    /// <summary>A market's own document (Module 1).</summary>
    public static string MarketDocument(DossierLayout layout, Market market, OutlineSection section) =>
        layout == DossierLayout.Ectd ? $"m1/{market.ToString().ToLowerInvariant()}/{section.File}" : $"{market}/{section.File}";

    /// <summary>A Module 3 document shared by every market.</summary>
    public static string SharedDocument(DossierLayout layout, OutlineSection section) =>
        layout == DossierLayout.Ectd && IchSections.Find(section.Number) is { } ich ? ich.EctdPath : $"{Module3Folder}/{section.File}";

    /// <summary>
    /// <paramref name="target"/> (a document path without extension) as a link from the document at
    /// <paramref name="from"/>: relative, each segment escaped, to the .docx.
    /// </summary>
    public static string Link(string from, string target)
    {
        var fromFolders = from.Split('/')[..^1];
        var targetParts = target.Split('/');
        var common = 0;
        while (common < fromFolders.Length && common < targetParts.Length - 1 && fromFolders[common] == targetParts[common])
        {
            common++;
        }

        var up = Enumerable.Repeat("..", fromFolders.Length - common);
        return string.Join("/", up.Concat(targetParts[common..].Select(Uri.EscapeDataString))) + ".docx";
    }
}
