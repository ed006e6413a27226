using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using DossierGen.Assessment;
using DossierGen.Diagnostics;
using DossierGen.Generation;
using DossierGen.Pipeline;
using DossierGen.Publishing;
using DossierGen.Review;
using Spectre.Console;

namespace DossierGen.Cli.Commands;

/// <summary>
/// <c>dossiergen batch DIR [-o OUT] [--jobs N]</c>: generates every change under a tree in
/// parallel. A faulty change is reported and skipped; the others are still written, and the exit
/// code says something failed.
/// </summary>
internal static class BatchCommand
{
    public static Command Create(CliContext context)
    {
        var directory = new Argument<string>("dir") { Description = "The folder to search for change files" };
        var output = new Option<string?>("--output", "-o") { Description = "Output folder (default: each change's dossiergen.yaml output:, else DIR/out)" };
        OptionChecks.OutputPath(output, "folder", "DossierGen writes a folder of files");
        var jobs = OptionChecks.Jobs();
        var allowEmpty = CommonOptions.AllowEmpty();
        var pdf = CommonOptions.Pdf();
        var command = new Command("batch", "Generate every change under a folder in parallel, with progress and a summary") { directory, output, jobs, allowEmpty, pdf };
        command.SetAction(parse => Run(context, parse.GetValue(directory)!, parse.GetValue(output), parse.GetValue(jobs), parse.GetValue(allowEmpty), parse.GetValue(pdf)));
        return command;
    }

    private sealed record Outcome(string Path, string? ChangeId, int Documents, IReadOnlyList<Diagnostic> Diagnostics);

    internal static int Run(CliContext context, string directory, string? output, int jobs, bool allowEmpty, bool pdf = false)
    {
        if (!Directory.Exists(directory))
        {
            var missing = new DiagnosticBag();
            missing.Error(DiagnosticCodes.FileNotFound, SourceLocation.StartOf(directory), $"folder '{directory}' does not exist");
            context.Report(missing);
            return ExitCodes.InvalidInput;
        }

        // Files that look like changes but are not read as ones fail the batch, after the others are written.
        var search = new DiagnosticBag();
        var changes = ChangeFileFinder.Find(directory, search);
        if (changes.Count == 0 && !allowEmpty)
        {
            context.Report(search);
            context.NoChangeFiles(directory);
            return ExitCodes.InvalidInput;
        }

        var loader = new ChangeLoader(context.Defaults);

        // Each change's folder is swapped on its own (a faulty change must not stop the others);
        // the writer recovers each output folder from a dead run once, before the first swap there.
        var writer = context.OutputWriter();
        var claimed = new Dictionary<string, string>(StringComparer.Ordinal);
        var outcomes = new Outcome[changes.Count];
        var watch = Stopwatch.StartNew();
        var done = 0;
        var interactive = ReferenceEquals(context.Out, Console.Out) && !Console.IsOutputRedirected;

        void Work(int index, Action<Outcome> progress)
        {
            var outcome = GenerateOne(changes[index], output, directory, changes, loader, writer, claimed, pdf ? context.PdfConverter() : null);
            outcomes[index] = outcome;
            progress(outcome);
        }

        var options = new ParallelOptions { MaxDegreeOfParallelism = jobs };
        if (interactive)
        {
            AnsiConsole.Progress().AutoClear(false).Start(progress =>
            {
                var task = progress.AddTask($"Generating {changes.Count} change file(s)", maxValue: Math.Max(1, changes.Count));
                Parallel.For(0, changes.Count, options, i => Work(i, _ => task.Increment(1)));
            });
        }
        else
        {
            var gate = new object();
            Parallel.For(0, changes.Count, options, i => Work(i, outcome =>
            {
                lock (gate)
                {
                    done++;
                    var what = outcome.Diagnostics.Any(d => d.Severity == DiagnosticSeverity.Error) ? "failed" : $"{outcome.ChangeId}: {outcome.Documents} documents";
                    context.Out.WriteLine($"[{done}/{changes.Count}] {DisplayText.Escape(outcome.Path)}: {DisplayText.Escape(what)}");
                }
            }));
        }

        watch.Stop();
        var all = new DiagnosticBag();
        // An output folder that cannot be recovered fails every change written there with the same diagnostic.
        all.AddRange(search.Sorted());
        all.AddRange(outcomes.SelectMany(o => o.Diagnostics).Distinct());
        context.Report(all);
        var failed = outcomes.Count(o => o.Diagnostics.Any(d => d.Severity == DiagnosticSeverity.Error));
        var unread = search.Sorted().Where(d => d.Severity == DiagnosticSeverity.Error).Select(d => d.Location.Path).Distinct().Count();
        var documents = outcomes.Sum(o => o.Documents);
        var seconds = Math.Max(watch.Elapsed.TotalSeconds, 0.001);
        context.Out.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{changes.Count - failed} of {changes.Count} change file(s) generated, {failed} failed{(unread == 0 ? "" : $", {unread} other file(s) not read as changes")}; {documents} Word documents in {seconds:0.0} s ({documents / seconds:0} documents/s, {jobs} job(s))"));
        return failed == 0 && unread == 0 ? ExitCodes.Success : ExitCodes.InvalidInput;
    }

    /// <param name="converter">Makes the PDFs (--pdf), or null.</param>
    private static Outcome GenerateOne(string path, string? output, string directory, IReadOnlyList<string> changeFiles, ChangeLoader loader, OutputWriter writer, Dictionary<string, string> claimed, PdfConverter? converter)
    {
        var diagnostics = new DiagnosticBag();
        var loaded = loader.Load(path, diagnostics);
        var templates = loaded is null ? null : loader.TemplatesFor(loaded.Workspace, diagnostics);
        if (loaded is null || templates is null)
        {
            return new Outcome(path, null, 0, diagnostics.Sorted());
        }

        var id = loaded.Description.Id;
        lock (claimed)
        {
            if (!claimed.TryAdd(id, path))
            {
                diagnostics.Error(DiagnosticCodes.DuplicateChangeId, SourceLocation.StartOf(path), $"change id '{id}' is also used by '{claimed[id]}'; its dossier would overwrite that one, so it is skipped");
                return new Outcome(path, id, 0, diagnostics.Sorted());
            }
        }

        var assessment = AssessmentEngine.Assess(loaded.Description, loaded.Rules, AssessmentEngine.EvaluationDate(null, loaded.Description, CommonOptions.Today()));
        var files = DossierGenerator.Generate(assessment, templates, diagnostics);
        var folder = output ?? loaded.Workspace.OutputDirectory ?? Path.Combine(directory, GenerateCommand.DefaultOutput);
        IReadOnlyList<DossierOutput>? dossier = files is null ? null : [new DossierOutput(folder, id, files)];
        if (dossier is not null && converter is not null)
        {
            dossier = PdfPublisher.WithPdfs(dossier, converter, diagnostics);
        }

        // Another change's file under the tree must not be replaced either, whichever order the jobs run in.
        if (dossier is null || !writer.Write(dossier, loaded.InputPaths.Concat(changeFiles).Append(directory), diagnostics))
        {
            return new Outcome(path, id, 0, diagnostics.Sorted());
        }

        return new Outcome(path, id, dossier[0].Files.Count(PdfPublisher.IsWordDocument), diagnostics.Sorted());
    }
}
