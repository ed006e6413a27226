using System.CommandLine;
using DossierGen.Assessment;
using DossierGen.Diagnostics;
using DossierGen.Exports;
using DossierGen.Pipeline;

namespace DossierGen.Cli.Commands;

/// <summary><c>dossiergen assess CHANGE [--as-of DATE] [--format table|json|csv|xlsx] [-o FILE]</c>.</summary>
internal static class AssessCommand
{
    public static Command Create(CliContext context)
    {
        var change = new Argument<string>("change") { Description = "The change file" };
        var asOf = OptionChecks.AsOf();
        var format = new Option<string>("--format")
        {
            Description = "table (readable, per market), json (the contract's assessment JSON), csv (the evidence plan for a tracker) or xlsx (evidence plan and decisions sheets; needs -o)",
            DefaultValueFactory = _ => "table",
        };
        OptionChecks.OneOf(format, "table", "json", "csv", "xlsx");
        var output = new Option<string?>("--output", "-o") { Description = "Write to this file instead of standard output (required for xlsx)" };
        OptionChecks.OutputPath(output, "file", "assess writes one file");
        var command = new Command("assess", "Decide, per market, the filing procedure and the evidence expected for a change") { change, asOf, format, output };
        command.SetAction(parse => Run(context, parse.GetValue(change)!, parse.GetValue(asOf), parse.GetValue(format)!, parse.GetValue(output)));
        return command;
    }

    internal static int Run(CliContext context, string changePath, DateOnly? asOf, string format, string? outputPath = null)
    {
        if (format == "xlsx" && outputPath is null)
        {
            context.Usage(DiagnosticCodes.InvalidArgument, "--format xlsx writes a workbook, not text: name the file with -o FILE.xlsx");
            return ExitCodes.InvalidInput;
        }

        var diagnostics = new DiagnosticBag();
        var loaded = new ChangeLoader(context.Defaults).Load(changePath, diagnostics);
        context.Report(diagnostics);
        if (loaded is null || diagnostics.HasErrors)
        {
            return ExitCodes.InvalidInput;
        }

        var date = AssessmentEngine.EvaluationDate(asOf, loaded.Description, CommonOptions.Today());
        var assessment = AssessmentEngine.Assess(loaded.Description, loaded.Rules, date);
        switch (format)
        {
            case "xlsx":
                return ExportOutput.Write(context, outputPath!, XlsxExport.Write([AssessmentExport.EvidencePlan(assessment), AssessmentExport.Decisions(assessment)], assessment.AsOf));
            case "csv":
                return ExportOutput.Write(context, outputPath, CsvExport.Write(AssessmentExport.EvidencePlan(assessment)));
            case "json":
                return ExportOutput.Write(context, outputPath, AssessmentJsonWriter.Write(assessment));
            default:
                using (var text = new StringWriter())
                {
                    AssessmentTable.Write(outputPath is null ? context.Out : text, assessment);
                    return outputPath is null ? ExitCodes.Success : ExportOutput.Write(context, outputPath, text.ToString());
                }
        }
    }
}
