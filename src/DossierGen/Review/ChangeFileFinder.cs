using System.Text;
using System.Text.RegularExpressions;
using DossierGen.Diagnostics;
using DossierGen.Formats;
using DossierGen.Yaml;

namespace DossierGen.Review;

/// <summary>
/// Finds the change files under a folder (YAML files whose format line says dossiergen/change@1)
/// for check, batch and impact, without a false green and without walking in circles:
/// <list type="bullet">
/// <item>A YAML file that looks like a change (a top-level <c>changes:</c>, or <c>id:</c> and
/// <c>product:</c>) but has no or a mistyped <c>format:</c> line is reported (DG1215, an error), not
/// skipped in silence; so is a YAML file that cannot be read (DG1001).</item>
/// <item>Each real folder and file is visited once: symbolic links are resolved to real paths, and a
/// linked folder is walked only if the tree did not already hold it, so link loops end and a change
/// is never found twice. Real paths win over linked ones: links are followed after the plain tree.</item>
/// <item>An empty YAML file, and anything that is not a regular file (a FIFO, a device: they report
/// no size), is never opened, so nothing blocks.</item>
/// </list>
/// </summary>
public static partial class ChangeFileFinder
{
    private static readonly string[] Skipped = ["bin", "obj", "node_modules"];
    private static readonly StringComparer PathComparer = OperatingSystem.IsWindows() ? StringComparer.OrdinalIgnoreCase : StringComparer.Ordinal;

    public static IReadOnlyList<string> Find(string directory, DiagnosticBag diagnostics)
    {
        ArgumentNullException.ThrowIfNull(diagnostics);
        var search = new Search(diagnostics);
        if (RealPath.Of(directory) is { } real)
        {
            search.Walk(directory, real);
        }

        // Links last, each once: a linked folder the tree already holds (a loop) is not walked again.
        for (var i = 0; i < search.Links.Count; i++)
        {
            var (path, isFolder) = search.Links[i];
            var target = RealPath.Of(path);
            if (isFolder)
            {
                if (target is not null)
                {
                    search.Walk(path, target);
                }
            }
            else
            {
                search.Inspect(path, target);
            }
        }

        return [.. search.Found.Order(StringComparer.Ordinal)];
    }

    private sealed class Search(DiagnosticBag diagnostics)
    {
        private readonly HashSet<string> _folders = new(PathComparer);
        private readonly HashSet<string> _files = new(PathComparer);

        public List<string> Found { get; } = [];

        public List<(string Path, bool IsFolder)> Links { get; } = [];

        public void Walk(string folder, string real)
        {
            if (!_folders.Add(real))
            {
                return;
            }

            List<FileSystemInfo> entries;
            try
            {
                entries = [.. new DirectoryInfo(folder).EnumerateFileSystemInfos().OrderBy(e => e.Name, StringComparer.Ordinal)];
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                diagnostics.Error(DiagnosticCodes.FileNotFound, SourceLocation.StartOf(folder), $"the folder cannot be read, so change files in it may be missed: {e.Message}");
                return;
            }

            foreach (var entry in entries)
            {
                var path = Path.Join(folder, entry.Name);
                var isLink = entry.LinkTarget is not null;
                if (entry is DirectoryInfo)
                {
                    if (entry.Name.StartsWith('.') || Skipped.Contains(entry.Name))
                    {
                        continue;
                    }

                    if (isLink)
                    {
                        Links.Add((path, true));
                    }
                    else
                    {
                        Walk(path, Path.Join(real, entry.Name));
                    }
                }
                else if (entry.Name.EndsWith(".yaml", StringComparison.OrdinalIgnoreCase) || entry.Name.EndsWith(".yml", StringComparison.OrdinalIgnoreCase))
                {
                    if (isLink)
                    {
                        Links.Add((path, false));
                    }
                    else
                    {
                        Inspect(path, Path.Join(real, entry.Name));
                    }
                }
            }
        }

        /// <param name="real">The file's real path; null when its links loop.</param>
        public void Inspect(string path, string? real)
        {
            var info = real is null ? null : new FileInfo(real);
            if (info is null || !info.Exists)
            {
                diagnostics.Error(DiagnosticCodes.FileNotFound, SourceLocation.StartOf(path), "the file is a symbolic link to nothing that can be read, so it may be a change file that is missed");
                return;
            }

            if (!_files.Add(real!) || info.Length == 0)
            {
                return;
            }

            string text;
            try
            {
                text = Head(real!);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                diagnostics.Error(DiagnosticCodes.FileNotFound, SourceLocation.StartOf(path), $"the file cannot be read, so it may be a change file that is missed: {e.Message}");
                return;
            }

            Classify(path, text);
        }

        private void Classify(string path, string text)
        {
            var format = FormatLine().Match(text);
            var tag = format.Success ? format.Groups["tag"].Value : null;
            if (tag == FormatTags.Change)
            {
                Found.Add(path);
                return;
            }

            if (tag is not null && FormatTags.All.Contains(tag, StringComparer.Ordinal))
            {
                return;
            }

            var evidence = ChangesKey().IsMatch(text) ? "'changes:'" : IdKey().IsMatch(text) && ProductKey().IsMatch(text) ? "'id:' and 'product:'" : null;
            if (evidence is null)
            {
                return;
            }

            var looks = $"this looks like a change file (it has {evidence})";
            if (tag is null)
            {
                diagnostics.Error(DiagnosticCodes.NotReadableAsChange, SourceLocation.StartOf(path), $"{looks} but has no 'format: {FormatTags.Change}' line, so it is not read as one; add the line, or if it is no change file, do not name it .yaml");
                return;
            }

            var group = format.Groups["tag"];
            var line = 1 + text.AsSpan(0, group.Index).Count('\n');
            var column = group.Index - (text.LastIndexOf('\n', Math.Max(group.Index - 1, 0)) + 1) + 1;
            var hint = tag.StartsWith("dossiergen/change@", StringComparison.Ordinal) ? $"; this version of DossierGen reads {FormatTags.Change}" : NearMiss.Hint(tag, FormatTags.All);
            diagnostics.Error(DiagnosticCodes.NotReadableAsChange, new SourceLocation(path, line, column), $"{looks} but its format is '{tag}'{hint}, so it is not read as one");
        }
    }

    /// <summary>The file's text, up to the most DossierGen reads of any YAML file; invalid UTF-8 is replaced, not refused: this is only a look.</summary>
    private static string Head(string path)
    {
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite);
        var buffer = new byte[(int)Math.Min(stream.Length, YamlLimits.Default.MaxBytes)];
        stream.ReadAtLeast(buffer, buffer.Length, throwOnEndOfStream: false);
        return Encoding.UTF8.GetString(buffer);
    }

    [GeneratedRegex(@"^format:[ \t]*(?<quote>[""']?)(?<tag>[^\s""'#]+)\k<quote>[ \t\r]*(#.*)?$", RegexOptions.Multiline | RegexOptions.CultureInvariant)]
    private static partial Regex FormatLine();

    [GeneratedRegex(@"^changes[ \t]*:", RegexOptions.Multiline | RegexOptions.CultureInvariant)]
    private static partial Regex ChangesKey();

    [GeneratedRegex(@"^id[ \t]*:", RegexOptions.Multiline | RegexOptions.CultureInvariant)]
    private static partial Regex IdKey();

    [GeneratedRegex(@"^product[ \t]*:", RegexOptions.Multiline | RegexOptions.CultureInvariant)]
    private static partial Regex ProductKey();
}
