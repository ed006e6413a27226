using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using DossierGen.Assessment;
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

            // The folders generate would refuse to replace are not compared either: telling the
            // user to regenerate them would be advice generate then refuses.
            if (!DossierFolderGuard.MayReplace(Path.Combine(output, loaded.Description.Id), loaded.Description.Id, loaded.InputPaths.Concat(changes), diagnostics))
            {
                continue;
            }

            var date = loaded.Description.ImplementationDate ?? CommittedDate(output, loaded.Description.Id) ?? CommonOptions.Today();
            // The dossier is regenerated in the layout it was written in (its manifest records it).
            var layout = DossierManifest.CommittedLayout(Path.Combine(output, loaded.Description.Id), loaded.Description.Id) ?? DossierLayout.Markets;
            var files = DossierGenerator.Generate(AssessmentEngine.Assess(loaded.Description, loaded.Rules, date), templates, diagnostics, layout);
            if (files is not null)
            {
                drifts.AddRange(DriftChecker.Compare(output, loaded.Description.Id, files));
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

    /// <summary>A change without an implementation date was generated as of some day; the committed assessment says which.</summary>
    private static DateOnly? CommittedDate(string output, string changeId)
    {
        var path = Path.Combine(output, changeId, "assessment.json");
        if (!File.Exists(path))
        {
            return null;
        }

        try
        {
            using var json = JsonDocument.Parse(File.ReadAllBytes(path));
            return DateOnly.TryParseExact(json.RootElement.GetProperty("asOf").GetString(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? date : null;
        }
        catch (Exception e) when (e is JsonException or KeyNotFoundException or InvalidOperationException)
        {
            return null;
        }
    }
}
