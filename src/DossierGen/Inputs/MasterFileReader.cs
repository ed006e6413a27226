using DossierGen.Diagnostics;
using DossierGen.Formats;
using DossierGen.Yaml;

namespace DossierGen.Inputs;

public static class MasterFileReader
{
    /// <param name="unsaved">The file's text as the workbench editor holds it, read instead of the file on disk; null reads the file.</param>
    public static MasterFile? ReadFile(string path, DiagnosticBag diagnostics, SourceLocation? referencedFrom = null, string? unsaved = null)
    {
        ArgumentNullException.ThrowIfNull(diagnostics);
        var root = FormattedYamlFile.OpenChecked(path, FormatTags.MasterFile, MasterFileFormat.File, "the master file", diagnostics, referencedFrom, unsaved);
        return root is null ? null : Bind(root, path);
    }

    private static MasterFile Bind(YamlMapping root, string path)
    {
        var filings = YamlAccess.Mapping(root, "filings")!.Entries
            .Select(e => (Market: YamlAccess.ParseMarket(e.Key.Value), Node: (YamlMapping)e.Value))
            .OrderBy(f => f.Market)
            .Select(f => new MasterFileFiling(f.Market, YamlAccess.RequiredText(f.Node, "number"), YamlAccess.Text(f.Node, "content")))
            .ToList();
        var covers = YamlAccess.Mapping(root, "covers")!;
        return new MasterFile(
            YamlAccess.RequiredText(root, "id"),
            YamlAccess.RequiredText(root, "title"),
            YamlAccess.RequiredText(root, "holder"),
            YamlAccess.Text(root, "version"),
            filings,
            YamlAccess.Texts(covers, "items"),
            YamlAccess.Texts(covers, "evidence"),
            path);
    }
}
