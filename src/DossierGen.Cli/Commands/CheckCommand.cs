using System.CommandLine;
using DossierGen.Diagnostics;
using DossierGen.Generation;
using DossierGen.Pipeline;
using DossierGen.Review;

namespace DossierGen.Cli.Commands;

/// <summary>
/// <c>dossiergen check [DIR]</c>: regenerates every change under DIR in memory and compares with the
/// committed dossiers; exit 1 with a per-file summary when anything drifted. The CI gate for
/// repositories that keep dossiers.
/// </summary>
internal static class CheckCommand
{
    public static Command Create(CliContext context)
    {
        var directory = new Argument<string>("dir") { Description = "The folder to check (default: the current folder)", Arity = ArgumentArity.ZeroOrOne, DefaultValueFactory = _ => "." };
        var allowEmpty = CommonOptions.AllowEmpty();
        var format = new Option<string>("--format") { Description = "text (one line per drifted file, with its causes) or json (dossiergen/check@1, for CI)", DefaultValueFactory = _ => "text" };
        OptionChecks.OneOf(format, "text", "json");
        var command = new Command("check", "Regenerate every change under DIR in memory and compare with the committed dossiers; exit 1 if any drifted") { directory, allowEmpty, format };
        command.SetAction(parse => Run(context, parse.GetValue(directory)!, parse.GetValue(allowEmpty), parse.GetValue(format)!));
        return command;
    }

    internal static int Run(CliContext context, string directory, bool allowEmpty, string format = "text")
    {
        var diagnostics = new DiagnosticBag();
        if (!Directory.Exists(directory))
        {
            diagnostics.Error(DiagnosticCodes.FileNotFound, SourceLocation.StartOf(directory), $"folder '{directory}' does not exist");
            context.Report(diagnostics);
            return ExitCodes.InvalidInput;
        }

        var loader = new ChangeLoader(context.Defaults);
        var drifts = new List<Drift>();
        var unfinishedReported = new HashSet<string>(StringComparer.Ordinal);
        var changes = ChangeFileFinder.Find(directory, diagnostics);
        if (changes.Count == 0 && !allowEmpty)
        {
            context.Report(diagnostics);
            context.NoChangeFiles(directory);
            return ExitCodes.InvalidInput;
        }

        foreach (var path in changes)
        {
            var loaded = loader.Load(path, diagnostics);
            var templates = loaded is null ? null : loader.TemplatesFor(loaded.Workspace, diagnostics);
            if (loaded is null || templates is null)
            {
                continue;
            }

            var output = loaded.Workspace.OutputDirectory ?? Path.Combine(directory, GenerateCommand.DefaultOutput);

            // A swap in progress (or interrupted and not yet undone) may have set a dossier aside:
            // comparing now would report it missing. Reading does not repair; generate does.
            if (unfinishedReported.Add(Path.GetFullPath(output)) && SwapRecovery.UnfinishedSwap(output) is { } journal)
            {
                diagnostics.Error(DiagnosticCodes.SwapInterrupted, SourceLocation.StartOf(journal), "a generate or batch is swapping dossier folders here, or was interrupted doing so; the dossiers are compared once it has finished, or once the next generate or batch writing here has undone it");
            }

            if (CommittedDossierCheck.Compare(loaded, templates, output, changes, diagnostics, CommonOptions.Today()) is { } found)
            {
                drifts.AddRange(found);
            }
        }

        context.Report(diagnostics);
        if (format == "json")
        {
            context.Out.Write(CheckJsonWriter.Write(changes.Count, diagnostics.HasErrors ? [] : drifts, diagnostics.Sorted(), Directory.GetCurrentDirectory()));
        }

        if (diagnostics.HasErrors)
        {
            return ExitCodes.InvalidInput;
        }

        if (format == "json")
        {
            return drifts.Count == 0 ? ExitCodes.Success : ExitCodes.CheckFailed;
        }

        foreach (var drift in drifts)
        {
            context.Out.WriteLine($"{drift.State,-8} {DisplayText.Escape(Path.GetRelativePath(Directory.GetCurrentDirectory(), drift.Path))}");
            foreach (var cause in drift.Causes)
            {
                context.Out.WriteLine($"         cause: {DisplayText.Escape(cause)}");
            }
        }

        context.Out.WriteLine(changes.Count == 0
            ? $"no change file under '{DisplayText.Escape(directory)}'; nothing to check (--allow-empty)"
            : drifts.Count == 0
            ? $"{changes.Count} change file(s): every dossier matches its inputs, rules and templates"
            : $"{changes.Count} change file(s): {drifts.Count} file(s) drifted; run dossiergen generate (with --pdf where the dossier has PDFs) and commit the result");
        return drifts.Count == 0 ? ExitCodes.Success : ExitCodes.CheckFailed;
    }
}
