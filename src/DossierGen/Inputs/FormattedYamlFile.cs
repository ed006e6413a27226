using DossierGen.Diagnostics;
using DossierGen.Formats;
using DossierGen.Yaml;

namespace DossierGen.Inputs;

/// <summary>Opens a DossierGen YAML file and checks its <c>format:</c> line before anything else is read.</summary>
internal static class FormattedYamlFile
{
    /// <summary>Opens a file that must be of <paramref name="expectedFormat"/>.</summary>
    public static YamlMapping? Open(string path, string expectedFormat, DiagnosticBag diagnostics, SourceLocation? referencedFrom = null)
    {
        var root = Parse(path, diagnostics, referencedFrom);
        if (root is null)
        {
            return null;
        }

        var format = ReadFormat(root, path, [expectedFormat], diagnostics);
        if (format is null)
        {
            return null;
        }

        if (format.Value != expectedFormat)
        {
            diagnostics.Error(DiagnosticCodes.WrongFileKind, format.Location, $"expected a {KindOf(expectedFormat)} file (format: {expectedFormat}) here, but this is a {KindOf(format.Value)} file");
            return null;
        }

        return root;
    }

    /// <summary>
    /// Opens a file of <paramref name="expectedFormat"/> and checks it against its shape; every fault
    /// goes to <paramref name="diagnostics"/> in file order, and the root comes back only if there was none.
    /// </summary>
    public static YamlMapping? OpenChecked(string path, string expectedFormat, MappingShape shape, string what, DiagnosticBag diagnostics, SourceLocation? referencedFrom = null)
    {
        var local = new DiagnosticBag();
        var root = Open(path, expectedFormat, local, referencedFrom);
        if (root is not null)
        {
            new ShapeValidator(local).Validate(root, shape, what);
        }

        diagnostics.AddRange(local.Sorted());
        return local.HasErrors ? null : root;
    }

    /// <summary>Opens a file of any format DossierGen knows, for <c>validate</c>.</summary>
    public static (YamlMapping Root, string Format)? OpenAny(string path, IReadOnlyList<string> knownFormats, DiagnosticBag diagnostics)
    {
        var root = Parse(path, diagnostics, referencedFrom: null);
        return root is not null && ReadFormat(root, path, knownFormats, diagnostics) is { } format ? (root, format.Value) : null;
    }

    private static YamlMapping? Parse(string path, DiagnosticBag diagnostics, SourceLocation? referencedFrom)
    {
        var text = TextFileReader.Read(path, YamlLimits.Default.MaxBytes, diagnostics, referencedFrom);
        if (text is null)
        {
            return null;
        }

        var node = YamlTreeReader.Read(path, text, diagnostics);
        if (node is null)
        {
            return null;
        }

        if (node is not YamlMapping mapping)
        {
            diagnostics.Error(DiagnosticCodes.WrongType, node.Location, $"a DossierGen file is a mapping that starts with a 'format:' line; found {node.Describe()}");
            return null;
        }

        return mapping;
    }

    private static YamlScalar? ReadFormat(YamlMapping root, string path, IReadOnlyList<string> knownFormats, DiagnosticBag diagnostics)
    {
        var entry = root.Find("format");
        if (entry is null)
        {
            diagnostics.Error(DiagnosticCodes.MissingFormat, SourceLocation.StartOf(path), $"the file has no 'format:' line; start it with 'format: {knownFormats[0]}'{(knownFormats.Count > 1 ? " (or another DossierGen format)" : "")}");
            return null;
        }

        if (entry.Value is not YamlScalar { Kind: YamlScalarKind.Text } value)
        {
            diagnostics.Error(DiagnosticCodes.UnsupportedFormat, entry.Value.Location, $"'format' must name a DossierGen format such as {knownFormats[0]}; found {entry.Value.Describe()}");
            return null;
        }

        var all = FormatTags.All;
        if (all.Contains(value.Value, StringComparer.Ordinal))
        {
            return value;
        }

        var sameKind = all.FirstOrDefault(f => value.Value.StartsWith(f[..(f.IndexOf('@', StringComparison.Ordinal) + 1)], StringComparison.Ordinal));
        diagnostics.Error(DiagnosticCodes.UnsupportedFormat, value.Location, sameKind is not null
            ? $"format '{value.Value}' is not supported by this version of DossierGen, which reads {sameKind}"
            : $"unknown format '{value.Value}'{NearMiss.Hint(value.Value, all)}; DossierGen reads {string.Join(", ", FormatTags.InputFiles)}");
        return null;
    }

    public static string KindOf(string format) =>
        format.StartsWith("dossiergen/", StringComparison.Ordinal) && format.Contains('@', StringComparison.Ordinal)
            ? format["dossiergen/".Length..format.IndexOf('@', StringComparison.Ordinal)]
            : format;
}
