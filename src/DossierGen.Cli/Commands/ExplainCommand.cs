using System.CommandLine;
using DossierGen.Assessment;
using DossierGen.Diagnostics;
using DossierGen.Explain;
using DossierGen.Inputs;
using DossierGen.Pipeline;

namespace DossierGen.Cli.Commands;

/// <summary><c>dossiergen explain CHANGE [--market M] [--change ID] [--as-of DATE]</c>.</summary>
internal static class ExplainCommand
{
    public static Command Create(CliContext context)
    {
        var change = new Argument<string>("change") { Description = "The change file" };
        var market = new Option<string?>("--market") { Description = "Only this market (US, EU or JP)" };
        OptionChecks.OneOf(market, "US", "EU", "JP");
        var changeId = new Option<string?>("--change") { Description = "Only the change with this id" };
        var asOf = OptionChecks.AsOf();
        var command = new Command("explain", "Show why: the rules that fired with the conditions they checked, their citations, and the rules that nearly fired")
        {
            change, market, changeId, asOf,
        };
        command.SetAction(parse => Run(context, parse.GetValue(change)!, parse.GetValue(market), parse.GetValue(changeId), parse.GetValue(asOf)));
        return command;
    }

    internal static int Run(CliContext context, string changePath, string? market, string? changeId, DateOnly? asOf)
    {
        var diagnostics = new DiagnosticBag();
        var loaded = new ChangeLoader(context.Defaults).Load(changePath, diagnostics);
        if (loaded is not null)
        {
            if (market is not null && !loaded.Description.Markets.Contains(Enum.Parse<Market>(market)))
            {
                diagnostics.Error(DiagnosticCodes.MarketNotInProduct, SourceLocation.StartOf(changePath), $"--market {market}: the change is not assessed for {market} (markets: {string.Join(", ", loaded.Description.Markets)})");
            }

            if (changeId is not null && loaded.Description.Changes.All(c => c.Id != changeId))
            {
                diagnostics.Error(DiagnosticCodes.AgreementCoversUnknownChange, SourceLocation.StartOf(changePath), $"--change {changeId}: no change has this id{NearMiss.Hint(changeId, loaded.Description.Changes.Select(c => c.Id))}");
            }
        }

        context.Report(diagnostics);
        if (loaded is null || diagnostics.HasErrors)
        {
            return ExitCodes.InvalidInput;
        }

        var date = AssessmentEngine.EvaluationDate(asOf, loaded.Description, CommonOptions.Today());
        var assessment = AssessmentEngine.Assess(loaded.Description, loaded.Rules, date);
        var explanations = Explainer.Explain(assessment, loaded.Rules, market is null ? null : Enum.Parse<Market>(market), changeId);
        ExplanationWriter.Write(context.Out, explanations, date, loaded.Workspace.RulesDirectory);
        return ExitCodes.Success;
    }
}
