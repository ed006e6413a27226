using System.CommandLine;
using DossierGen.Assessment;
using DossierGen.Diagnostics;
using DossierGen.Generation;
using DossierGen.Pipeline;
using DossierGen.Review.Pack;

namespace DossierGen.Cli.Commands;

/// <summary>
/// <c>dossiergen review CHANGE --since REV [-o DIR]</c>: the reviewer's pack for a change, with the
/// approved documents taken from git at REV: redlines, the new documents and a summary of why.
/// </summary>
internal static class ReviewPackCommand
{
    /// <summary>Marks a folder as a review pack, so that writing the pack again may replace it and nothing else.</summary>
    public const string Marker = ".dossiergen-review";

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

        var (files, documents) = ReviewPackBuilder.Build(id, loaded.Description.Title, date, generated, approved, git.Describe(commit), templates.Reference, approvedManifest);
        var target = outputPath ?? Path.Combine("review", id);
        if (!Prepare(target, diagnostics) || !files.Append(new GeneratedFile(Marker, [])).All(f => AtomicFile.Write(Path.Combine(target, f.RelativePath), f.Content, diagnostics)))
        {
            context.Report(diagnostics);
            return ExitCodes.InvalidInput;
        }

        int Count(string state) => documents.Count(d => d.State == state);
        context.Out.WriteLine($"{DisplayText.Escape(target)}: {Count("changed")} changed (redlines/), {Count("new")} new, {Count("removed")} removed, {Count("unchanged")} unchanged since {DisplayText.Escape(since)}; summary in summary.md and summary.docx");
        return ExitCodes.Success;
    }

    /// <summary>An absent or empty folder is used; a pack written before is replaced; anything else is refused.</summary>
    private static bool Prepare(string target, DiagnosticBag diagnostics)
    {
        if (!Directory.Exists(target) || !Directory.EnumerateFileSystemEntries(target).Any())
        {
            return true;
        }

        if (!File.Exists(Path.Combine(target, Marker)) || new FileInfo(target).LinkTarget is not null)
        {
            diagnostics.Error(DiagnosticCodes.ReviewFolderNotEmpty, SourceLocation.StartOf(target), $"'{target}' holds files that are not a review pack; choose a new or empty folder with -o");
            return false;
        }

        Directory.Delete(target, recursive: true);
        return true;
    }
}
