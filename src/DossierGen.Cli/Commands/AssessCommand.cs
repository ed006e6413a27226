using System.CommandLine;
using DossierGen.Assessment;
using DossierGen.Diagnostics;
using DossierGen.Pipeline;

namespace DossierGen.Cli.Commands;

/// <summary><c>dossiergen assess CHANGE [--as-of DATE] [--format table|json]</c>.</summary>
internal static class AssessCommand
{
    public static Command Create(CliContext context)
    {
        var change = new Argument<string>("change") { Description = "The change file" };
        var asOf = OptionChecks.AsOf();
        var format = new Option<string>("--format")
        {
            Description = "table (readable, per market) or json (the contract's assessment JSON)",
            DefaultValueFactory = _ => "table",
        };
        OptionChecks.OneOf(format, "table", "json");
        var command = new Command("assess", "Decide, per market, the filing procedure and the evidence expected for a change") { change, asOf, format };
        command.SetAction(parse => Run(context, parse.GetValue(change)!, parse.GetValue(asOf), parse.GetValue(format)!));
        return command;
    }

    internal static int Run(CliContext context, string changePath, DateOnly? asOf, string format)
    {
        var diagnostics = new DiagnosticBag();
        var loaded = new ChangeLoader(context.Defaults).Load(changePath, diagnostics);
        context.Report(diagnostics);
        if (loaded is null || diagnostics.HasErrors)
        {
            return ExitCodes.InvalidInput;
        }

        var date = AssessmentEngine.EvaluationDate(asOf, loaded.Description, CommonOptions.Today());
        var assessment = AssessmentEngine.Assess(loaded.Description, loaded.Rules, date);
        if (format == "json")
        {
            context.Out.Write(AssessmentJsonWriter.Write(assessment));
        }
        else
        {
            AssessmentTable.Write(context.Out, assessment);
        }

        return ExitCodes.Success;
    }
}
