using System.CommandLine;
using DossierGen.Assessment;
using DossierGen.Diagnostics;
using DossierGen.Generation;
using DossierGen.Inputs;
using DossierGen.Pipeline;
using DossierGen.Review.Pack;

namespace DossierGen.Cli.Commands;

/// <summary>
/// <c>dossiergen review CHANGE --since REV [-o DIR]</c>: the reviewer's pack for a change, with the
/// approved documents taken from git at REV: redlines, the new documents and a summary of why.
/// </summary>
internal static class ReviewPackCommand
{
    public static Command Create(CliContext context)
    {
        var change = new Argument<string>("change") { Description = "The change file" };
        var since = new Option<string>("--since") { Description = "The git revision of the approved dossier (a tag, branch or commit)", Required = true };
        var output = new Option<string?>("--output", "-o") { Description = "The pack's folder (default: review/<change-id>)" };
        OptionChecks.OutputPath(output, "folder", "review writes a folder of files");
        var command = new Command("review", "Write a review pack: a redline per document changed since REV (from git), the new documents and a one-page summary of what changed and why") { change, since, output };
        command.SetAction(parse => Run(context, parse.GetValue(change)!, parse.GetValue(since)!, parse.GetValue(output)));
        return command;
    }

    internal static int Run(CliContext context, string changePath, string since, string? outputPath)
    {
        var diagnostics = new DiagnosticBag();
        var loader = new ChangeLoader(context.Defaults);
        var loaded = loader.Load(changePath, diagnostics);
        var templates = loaded is null ? null : loader.TemplatesFor(loaded.Workspace, diagnostics);
        if (loaded is null || templates is null || diagnostics.HasErrors)
        {
            context.Report(diagnostics);
            return ExitCodes.InvalidInput;
        }

        var id = loaded.Description.Id;
        var git = GitHistory.Of(Path.GetDirectoryName(Path.GetFullPath(changePath))!);
        var commit = git?.Commit(since);
        if (git is null || commit is null)
        {
            context.Usage(git is null ? DiagnosticCodes.NotAGitRepository : DiagnosticCodes.UnknownRevision, git is null
                ? $"review takes the approved documents from git, and '{changePath}' is not in a git repository (or git is not installed)"
                : $"--since '{since}' names no commit in the repository at '{git.Root}'");
            return ExitCodes.InvalidInput;
        }

        var dossier = git.TreePath(Path.Combine(loaded.Workspace.OutputDirectory ?? GenerateCommand.DefaultOutput, id));
        var committed = git.Files(commit, dossier).ToList();
        var approved = committed
            .Where(p => p.EndsWith(".docx", StringComparison.Ordinal))
            .ToDictionary(p => p[(dossier.Length + 1)..], p => git.Show(commit, p), StringComparer.Ordinal);
        // The manifest records the documents' provenance, for the causes.
        var manifestPath = dossier + "/" + DossierManifest.FileName;
        var approvedManifest = committed.Contains(manifestPath, StringComparer.Ordinal) ? git.Show(commit, manifestPath) : null;
        if (approved.Count == 0)
        {
            context.Usage(DiagnosticCodes.NoApprovedDossier, $"no dossier of {id} at {since}: '{dossier}' held no Word document then (generate it and commit it, then review later changes)");
            return ExitCodes.InvalidInput;
        }

        var date = AssessmentEngine.EvaluationDate(null, loaded.Description, CommonOptions.Today());
        var generated = DossierGenerator.Generate(AssessmentEngine.Assess(loaded.Description, loaded.Rules, date), templates, diagnostics);
        if (generated is null)
        {
            context.Report(diagnostics);
            return ExitCodes.InvalidInput;
        }

        var approvedAt = git.Describe(commit);
        var (files, documents) = ReviewPackBuilder.Build(id, loaded.Description.Title, date, generated, approved, approvedAt, templates.Reference, approvedManifest);
        var target = outputPath ?? Path.Combine("review", id);
        var pack = Pack(target, id, approvedAt, files, diagnostics);

        // Swapped in whole as generate swaps a dossier, after the same checks of what it replaces.
        if (pack is null || !context.OutputWriter().Write([pack], loaded.InputPaths, diagnostics))
        {
            context.Report(diagnostics);
            return ExitCodes.InvalidInput;
        }

        int Count(string state) => documents.Count(d => d.State == state);
        context.Out.WriteLine($"{DisplayText.Escape(target)}: {Count("changed")} changed (redlines/), {Count("new")} new, {Count("removed")} removed, {Count("unchanged")} unchanged since {DisplayText.Escape(since)}; summary in summary.md and summary.docx");
        return ExitCodes.Success;
    }

    /// <summary>
    /// The pack as a folder for the dossier writer: its files and manifest under the folder's name,
    /// beside its parent. Null (with a diagnostic) when the name cannot be a folder the writer swaps,
    /// or the folder holds files and no pack's manifest.
    /// </summary>
    private static DossierOutput? Pack(string target, string changeId, string approvedAt, IReadOnlyList<GeneratedFile> files, DiagnosticBag diagnostics)
    {
        var full = Path.TrimEndingDirectorySeparator(Path.GetFullPath(target));
        var name = Path.GetFileName(full);
        if (!Ids.IsValid(name))
        {
            diagnostics.Error(DiagnosticCodes.ReviewFolderName, SourceLocation.StartOf(target), $"the pack's folder name '{name}' is not path-safe: use letters, digits, '.', '_' and '-' (at most 64 characters)");
            return null;
        }

        if (Directory.Exists(full) && Directory.EnumerateFileSystemEntries(full).Any() && !ReviewPackManifest.IsPackAt(full))
        {
            diagnostics.Error(DiagnosticCodes.ReviewFolderNotEmpty, SourceLocation.StartOf(target), $"'{target}' holds files that are not a review pack; choose a new or empty folder with -o");
            return null;
        }

        var named = files.Select(f => new GeneratedFile(name + "/" + f.RelativePath, f.Content)).ToList();
        named.Add(ReviewPackManifest.For(name, changeId, approvedAt, named));
        return new DossierOutput(Path.GetDirectoryName(full)!, name, named);
    }
}
