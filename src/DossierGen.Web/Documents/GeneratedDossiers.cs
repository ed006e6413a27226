using System.Security.Cryptography;
using System.Text;
using DossierGen.Diagnostics;
using DossierGen.Generation;
using DossierGen.Web.Assessment;

namespace DossierGen.Web.Documents;

/// <summary>
/// The dossiers generated from the page, in the run's temporary folder: one folder per change
/// file (named from a hash of its path, as two files may share a change id), written by the
/// library's <see cref="OutputWriter"/>, which swaps a whole dossier in or leaves the old one.
/// Downloads are served only from the files found there, by exact name.
/// </summary>
internal sealed class GeneratedDossiers(string root)
{
    private readonly OutputWriter _writer = new();
    private readonly Lock _gate = new();

    /// <summary>Generates the change's dossier; false with diagnostics (nothing replaced).</summary>
    public bool Generate(AssessedChange assessed, Templates.TemplateSet templates, DiagnosticBag diagnostics)
    {
        var files = DossierGenerator.Generate(assessed.Assessment, templates, diagnostics);
        if (files is null || diagnostics.HasErrors)
        {
            return false;
        }

        var dossier = new DossierOutput(OutputOf(assessed.RelativePath), assessed.Assessment.Description.Id, files);
        lock (_gate)
        {
            return _writer.Write([dossier], assessed.Loaded.InputPaths, diagnostics);
        }
    }

    /// <summary>The generated files of a change file (paths relative to its dossier folder, ordinal order), empty before the first generate.</summary>
    public IReadOnlyList<string> Files(string relativePath, string changeId)
    {
        var folder = FolderOf(relativePath, changeId);
        lock (_gate)
        {
            return Directory.Exists(folder)
                ? Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
                    .Select(f => Path.GetRelativePath(folder, f).Replace(Path.DirectorySeparatorChar, '/'))
                    .Order(StringComparer.Ordinal)
                    .ToList()
                : [];
        }
    }

    /// <summary>A generated file's bytes, when <paramref name="file"/> is exactly one of <see cref="Files"/>; else null.</summary>
    public byte[]? Read(string relativePath, string changeId, string file)
    {
        if (!Files(relativePath, changeId).Contains(file, StringComparer.Ordinal))
        {
            return null;
        }

        lock (_gate)
        {
            return File.ReadAllBytes(Path.Combine(FolderOf(relativePath, changeId), file.Replace('/', Path.DirectorySeparatorChar)));
        }
    }

    private string FolderOf(string relativePath, string changeId) => Path.Combine(OutputOf(relativePath), changeId);

    private string OutputOf(string relativePath) =>
        Path.Combine(root, Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(relativePath)))[..16]);
}
