using DossierGen.Diagnostics;
using DossierGen.Explain;
using DossierGen.Inputs;
using DossierGen.Rules;

namespace DossierGen.Cli;

/// <summary>Prints explanations as indented plain text: readable in a terminal, stable in a file.</summary>
internal static class ExplanationWriter
{
    /// <param name="rulesDirectory">The rules folder in use; rule places are shown relative to it, as rules/fda/x.yaml(12,5).</param>
    public static void Write(TextWriter output, IReadOnlyList<ChangeExplanation> explanations, DateOnly asOf, string rulesDirectory)
    {
        var root = Path.GetFullPath(rulesDirectory);
        string Place(Rule rule) => rule.Location.Path.StartsWith(root, StringComparison.Ordinal)
            ? rule.Location with { Path = "rules" + rule.Location.Path[root.Length..] } + ""
            : rule.Location.ToString();

        output.WriteLine($"Rules as of {asOf:yyyy-MM-dd}.");
        foreach (var explanation in explanations)
        {
            var decision = explanation.Decision;
            output.WriteLine();
            output.WriteLine($"{explanation.Market} ({(explanation.Stage == Stage.Marketed ? "marketed" : "clinical")}) change {decision.Change}: {decision.Procedure}{Codes(decision)}");
            if (decision.Unclassified)
            {
                output.WriteLine($"  No rule classifies this change; the most cautious procedure is assumed.");
            }
            else if (decision.ProcedureBeforeEc is { } before)
            {
                output.WriteLine($"  Classified {decision.ClassifiedProcedure}{(before != decision.ClassifiedProcedure ? $", adjusted to {before} by an approved agreement" : "")}, then {decision.Procedure} by the established condition's agreed reporting category ({decision.RegistrationTrace}).");
            }
            else if (decision.ClassifiedProcedure != decision.Procedure)
            {
                output.WriteLine($"  Classified {decision.ClassifiedProcedure}, then adjusted to {decision.Procedure} by an approved agreement.");
            }

            if (decision.Registration is { } registration)
            {
                RegistrationWriter.Write(output, registration, decision.RegistrationTrace);
            }

            foreach (var group in explanation.Fired.GroupBy(Role))
            {
                output.WriteLine($"  {group.Key}:");
                foreach (var fired in group)
                {
                    WriteRule(output, fired.Rule, Place(fired.Rule));
                    WriteTrace(output, fired.Trace, "      ");
                }
            }

            if (explanation.NearMisses.Count > 0)
            {
                output.WriteLine("  Nearly fired (one condition off), so these would change the answer:");
                foreach (var miss in explanation.NearMisses)
                {
                    output.WriteLine($"    {miss.Rule.Id} -> {miss.Rule.Then.Procedure}: {miss.Rule.Title}");
                    WriteTrace(output, miss.Failed, "      ");
                    output.WriteLine($"      {Place(miss.Rule)}");
                }
            }
        }
    }

    private static string Role(RuleTrace trace) => trace.Rule switch
    {
        { Subject: RuleSubject.MasterFile } => "Master file",
        { Phase: RulePhase.Adjust } => "Adjusted by",
        { Then.Procedure: not null } => "Decided by",
        _ => "Evidence and findings from",
    };

    private static void WriteRule(TextWriter output, Rule rule, string place)
    {
        var what = rule.Then.Procedure ?? rule.Then.MasterFile ?? string.Join(", ", rule.Then.Evidence.Select(e => e.Kind));
        output.WriteLine($"    {rule.Id}{(rule.Verify ? " [verify]" : "")} -> {what}: {rule.Title}");
        foreach (var citation in rule.Citations)
        {
            output.WriteLine($"      cites {citation}");
        }

        output.WriteLine($"      {place}");
    }

    private static void WriteTrace(TextWriter output, ConditionTrace trace, string indent)
    {
        var mark = trace.Result ? "yes" : "no ";
        switch (trace.Condition)
        {
            case FactCondition fact:
                output.WriteLine($"{indent}{mark} {fact.Describe()} (actual: {(trace.Actual is null ? "not given" : DisplayText.Escape(trace.Actual))})");
                break;
            case AllCondition:
                output.WriteLine($"{indent}{mark} all of:");
                break;
            case AnyCondition:
                output.WriteLine($"{indent}{mark} any of:");
                break;
            case NotCondition:
                output.WriteLine($"{indent}{mark} not:");
                break;
            default:
                break;
        }

        foreach (var child in trace.Children)
        {
            WriteTrace(output, child, indent + "  ");
        }
    }

    private static string Codes(Assessment.ChangeDecision decision) =>
        decision.Codes.Count == 0 ? "" : " (" + string.Join(", ", decision.Codes.Select(c => c.Verify ? c.Code + " [verify]" : c.Code)) + ")";
}
