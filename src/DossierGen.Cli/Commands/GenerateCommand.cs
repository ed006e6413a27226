using System.CommandLine;
using DossierGen.Assessment;
using DossierGen.Diagnostics;
using DossierGen.Generation;
using DossierGen.Pipeline;
using DossierGen.Publishing;

namespace DossierGen.Cli.Commands;

/// <summary><c>dossiergen generate CHANGE... [-o DIR] [--as-of DATE] [--pdf] [--layout markets|ectd]</c>.</summary>
internal static class GenerateCommand
{
    public const string DefaultOutput = "out";

    public static Command Create(CliContext context)
    {
        var changes = new Argument<string[]>("changes") { Description = "Change files", Arity = ArgumentArity.OneOrMore };
        var output = new Option<string?>("--output", "-o") { Description = $"Output folder; each change gets DIR/<change-id>/ (default: the output: of dossiergen.yaml, else {DefaultOutput})" };
        var asOf = OptionChecks.AsOf();
        var pdf = CommonOptions.Pdf();
        var layout = CommonOptions.Layout();
        OptionChecks.OutputPath(output, "folder", "DossierGen writes a folder of files");
        var command = new Command("generate", "Write the Word dossier sections per market, the cross-market assessment, the assessment JSON and a manifest") { changes, output, asOf, pdf, layout };
        command.SetAction(parse => Run(context, parse.GetValue(changes) ?? [], parse.GetValue(output), parse.GetValue(asOf), parse.GetValue(pdf), CommonOptions.LayoutOf(parse.GetValue(layout))));
        return command;
    }

    internal static int Run(CliContext context, IReadOnlyList<string> changePaths, string? output, DateOnly? asOf, bool pdf = false, DossierLayout layout = DossierLayout.Markets)
    {
        var diagnostics = new DiagnosticBag();
        // Everything is read, assessed and rendered in memory first: one faulty change file means
        // nothing is written at all.
        var loader = new ChangeLoader(context.Defaults);
        var dossiers = new List<DossierOutput>();
        var inputs = new List<string>();
        foreach (var path in changePaths)
        {
            var loaded = loader.Load(path, diagnostics);
            var templates = loaded is null ? null : loader.TemplatesFor(loaded.Workspace, diagnostics);
            if (loaded is null || templates is null)
            {
                continue;
            }

            var assessment = AssessmentEngine.Assess(loaded.Description, loaded.Rules, AssessmentEngine.EvaluationDate(asOf, loaded.Description, CommonOptions.Today()));
            inputs.AddRange(loaded.InputPaths);
            if (DossierGenerator.Generate(assessment, templates, diagnostics, layout) is { } files)
            {
                dossiers.Add(new DossierOutput(output ?? loaded.Workspace.OutputDirectory ?? DefaultOutput, loaded.Description.Id, files));
            }
        }

        var duplicate = dossiers.GroupBy(d => d.ChangeId).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
        {
            diagnostics.Error(DiagnosticCodes.DuplicateChangeId, SourceLocation.StartOf(changePaths[0]), $"two change files have the id '{duplicate.Key}'; their dossiers would overwrite each other");
        }

        if (diagnostics.HasErrors)
        {
            context.Report(diagnostics);
            return ExitCodes.InvalidInput;
        }

        // The PDFs are made before anything is written, so a failed conversion writes nothing.
        if (pdf && PdfPublisher.WithPdfs(dossiers, context.PdfConverter(), diagnostics) is { } withPdfs)
        {
            dossiers = [.. withPdfs];
        }

        if (diagnostics.HasErrors)
        {
            context.Report(diagnostics);
            return ExitCodes.InvalidInput;
        }

        // All dossiers are replaced as one: a failure on any leaves every change's folder as it was.
        if (!context.OutputWriter().Write(dossiers, inputs, diagnostics))
        {
            context.Report(diagnostics);
            return ExitCodes.InvalidInput;
        }

        foreach (var dossier in dossiers)
        {
            var documents = dossier.Files.Count(PdfPublisher.IsWordDocument);
            context.Out.WriteLine($"{DisplayText.Escape(dossier.Folder)}: {documents} Word documents, their Markdown twins{(pdf ? " and PDFs" : "")}, assessment.json and manifest.json");
        }

        context.Report(diagnostics);
        return ExitCodes.Success;
    }
}
