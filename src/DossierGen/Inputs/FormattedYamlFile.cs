using DossierGen.Diagnostics;
using DossierGen.Formats;
using DossierGen.Yaml;

namespace DossierGen.Inputs;

/// <summary>
/// Opens a DossierGen YAML file and checks its <c>format:</c> line before anything else is read.
/// Nothing of a file's content appears in a diagnostic until the file is recognised as a DossierGen
/// file by its format tag (of the expected kind, for a file reached by reference), so a path that
/// names a private key makes DossierGen say only that it is not a DossierGen file.
/// </summary>
internal static class FormattedYamlFile
{
    /// <summary>Opens a file that must be of <paramref name="expectedFormat"/>.</summary>
    /// <param name="referencedFrom">Where another file names this one, or null for a file named on the command line or found by its name.</param>
    /// <param name="unsaved">The file's text as an editor holds it (not yet saved), read instead of the file on disk; null reads the file.</param>
    public static YamlMapping? Open(string path, string expectedFormat, DiagnosticBag diagnostics, SourceLocation? referencedFrom = null, string? unsaved = null)
    {
        var root = Parse(path, expectedFormat, diagnostics, referencedFrom, unsaved);
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
            WrongKind(format, expectedFormat, diagnostics);
            return null;
        }

        return root;
    }

    /// <summary>
    /// Opens a file of <paramref name="expectedFormat"/> and checks it against its shape; every fault
    /// goes to <paramref name="diagnostics"/> in file order, and the root comes back only if there was none.
    /// </summary>
    public static YamlMapping? OpenChecked(string path, string expectedFormat, MappingShape shape, string what, DiagnosticBag diagnostics, SourceLocation? referencedFrom = null, string? unsaved = null)
    {
        var local = new DiagnosticBag();
        var root = Open(path, expectedFormat, local, referencedFrom, unsaved);
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
        var root = Parse(path, expectedFormat: null, diagnostics, referencedFrom: null);
        return root is not null && ReadFormat(root, path, knownFormats, diagnostics) is { } format ? (root, format.Value) : null;
    }

    /// <param name="expectedFormat">The format a referenced file must have; any DossierGen format recognises a file named directly.</param>
    private static YamlMapping? Parse(string path, string? expectedFormat, DiagnosticBag diagnostics, SourceLocation? referencedFrom, string? unsaved = null)
    {
        var local = new DiagnosticBag();
        var text = unsaved is null ? TextFileReader.Read(path, YamlLimits.Default.MaxBytes, local, referencedFrom) : UnsavedText(path, unsaved, local);
        if (text is null)
        {
            // Where the bytes of a referenced file are not text, it is no DossierGen file; where they are is nobody's business.
            if (referencedFrom is { } at && local.Sorted().Any(d => d.Code == DiagnosticCodes.InvalidUtf8))
            {
                NotOfKind(path, at, expectedFormat!, diagnostics);
            }
            else
            {
                diagnostics.AddRange(local.Sorted());
            }

            return null;
        }

        var tag = FormatLine.Find(path, text);
        if (referencedFrom is not null && tag is not null && tag.Value != expectedFormat && FormatTags.All.Contains(tag.Value, StringComparer.Ordinal))
        {
            // Another kind of DossierGen file: say which, as a file whose format: is read would be told.
            WrongKind(tag, expectedFormat!, diagnostics);
            return null;
        }

        var node = YamlTreeReader.Read(path, text, local);
        if (Recognised(tag, expectedFormat, referencedFrom) || (node is YamlMapping parsed && Recognised(parsed.Get("format") as YamlScalar, expectedFormat, referencedFrom)))
        {
            diagnostics.AddRange(local.Sorted());
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

        // Not recognised: report what is missing without a word of what is there.
        if (local.Sorted().FirstOrDefault(d => d.Code == DiagnosticCodes.EmptyFile) is { } empty)
        {
            diagnostics.AddRange([empty]);
        }
        else if (referencedFrom is { } reference)
        {
            NotOfKind(path, reference, expectedFormat!, diagnostics);
        }
        else if (tag is not null)
        {
            ReadFormatTag(tag, FormatTags.InputFiles, diagnostics);
        }
        else
        {
            diagnostics.Error(DiagnosticCodes.MissingFormat, SourceLocation.StartOf(path), $"the file does not start with a 'format:' line naming a DossierGen format, so it is not read as one and nothing of it is shown; start it with 'format: {expectedFormat ?? FormatTags.InputFiles[0]}'{(expectedFormat is null ? " (or another DossierGen format)" : "")}");
        }

        return null;
    }

    /// <summary>An editor's text, held to the same size and content limits as a file read from disk.</summary>
    private static string? UnsavedText(string path, string unsaved, DiagnosticBag diagnostics) =>
        System.Text.Encoding.UTF8.GetByteCount(unsaved) > YamlLimits.Default.MaxBytes
            ? Refuse(diagnostics, DiagnosticCodes.FileTooLarge, path, $"the text is larger than {YamlLimits.Default.MaxBytes:N0} bytes, the most DossierGen reads")
            : TextFileReader.Decode(path, System.Text.Encoding.UTF8.GetBytes(unsaved), diagnostics);

    private static string? Refuse(DiagnosticBag diagnostics, string code, string path, string message)
    {
        diagnostics.Error(code, SourceLocation.StartOf(path), message);
        return null;
    }

    /// <summary>True when a format tag makes the file a DossierGen file whose content diagnostics may show.</summary>
    private static bool Recognised(YamlScalar? tag, string? expectedFormat, SourceLocation? referencedFrom) =>
        tag is { Kind: YamlScalarKind.Text } && (referencedFrom is null ? FormatTags.All.Contains(tag.Value, StringComparer.Ordinal) : tag.Value == expectedFormat);

    private static void NotOfKind(string path, SourceLocation reference, string expectedFormat, DiagnosticBag diagnostics) =>
        diagnostics.Error(DiagnosticCodes.WrongFileKind, reference, $"'{path}' is not a DossierGen {KindOf(expectedFormat)} file (it does not start with 'format: {expectedFormat}'), so nothing of it is shown");

    private static void WrongKind(YamlScalar format, string expectedFormat, DiagnosticBag diagnostics) =>
        diagnostics.Error(DiagnosticCodes.WrongFileKind, format.Location, $"expected a {KindOf(expectedFormat)} file (format: {expectedFormat}) here, but this is a {KindOf(format.Value)} file");

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

        return ReadFormatTag(value, knownFormats, diagnostics);
    }

    /// <summary>The tag when DossierGen reads its format; otherwise a diagnostic quoting the tag (and nothing else of the file).</summary>
    private static YamlScalar? ReadFormatTag(YamlScalar value, IReadOnlyList<string> knownFormats, DiagnosticBag diagnostics)
    {
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
