using DossierGen.Assessment;
using DossierGen.Diagnostics;
using DossierGen.Inputs;
using Spectre.Console;

namespace DossierGen.Cli;

/// <summary>The readable per-market view of an assessment, for a terminal or a plain text file.</summary>
internal static class AssessmentTable
{
    public static void Write(TextWriter output, ChangeAssessment assessment)
    {
        var console = ConsoleFor(output);
        var description = assessment.Description;
        console.MarkupLine($"[bold]{Shown(description.Id)}[/]: {Shown(description.Title)}");
        console.MarkupLine($"{Shown(description.Product.Name)} ({Shown(description.Product.Modality)}), rules as of {assessment.AsOf:yyyy-MM-dd}");
        foreach (var market in assessment.Markets)
        {
            console.WriteLine();
            console.MarkupLine($"[bold]{market.Market}[/] ({(market.Stage == Stage.Marketed ? "marketed" : "clinical")}): [bold]{market.Procedure}[/]");
            var changes = new Table().Border(TableBorder.Simple).AddColumns("Change", "Procedure", "Codes", "Rules");
            foreach (var change in market.Changes)
            {
                var rules = string.Join(", ", change.Rules.Select(r => r.Verify ? r.Id + " (verify)" : r.Id));
                changes.AddRow(Shown(change.Change), change.Procedure + (change.Unclassified ? " (unclassified)" : ""), Shown(string.Join(", ", change.Codes.Select(c => c.Verify ? c.Code + " (verify)" : c.Code))), Shown(rules));
            }

            console.Write(changes);
            var evidence = new Table().Border(TableBorder.Simple).AddColumns("Evidence", "For", "Supplied by");
            foreach (var item in market.Evidence)
            {
                var supplied = item.SatisfiedBy ?? (item.SuppliedFor.Count > 0 ? string.Join(", ", item.SuppliedFor.Select(s => $"{s.Value} for {s.Key}")) : ComparabilityTable.Standing(item) ?? "the dossier");
                evidence.AddRow(Shown(item.Kind), Shown(string.Join(", ", item.Changes)), Shown(supplied));
            }

            console.Write(evidence);
            foreach (var finding in market.Findings)
            {
                var prefix = finding.Severity == "warning" ? "[yellow]warning[/]" : finding.Severity;
                var about = finding.Changes.Count == 0 ? "" : $"{string.Join(", ", finding.Changes)}: ";
                console.MarkupLine($"  {prefix} {Shown(about + finding.Message)}{(finding.Rule is null ? "" : Shown($" [{finding.Rule}]"))}");
            }
        }

        ComparabilityTable.Write(console, assessment.Comparability);
    }

    /// <summary>User text for a Spectre markup string: control and invisible characters escaped, then the markup brackets.</summary>
    internal static string Shown(string text) => Markup.Escape(DisplayText.Escape(text));

    internal static IAnsiConsole ConsoleFor(TextWriter output)
    {
        var terminal = ReferenceEquals(output, Console.Out) && !Console.IsOutputRedirected;
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(output),
            Ansi = terminal ? AnsiSupport.Detect : AnsiSupport.No,
            ColorSystem = terminal ? ColorSystemSupport.Detect : ColorSystemSupport.NoColors,
            Interactive = InteractionSupport.No,
        });
        if (!terminal)
        {
            // Redirected output has no terminal width; a fixed one keeps files and test output stable.
            console.Profile.Width = 140;
        }

        return console;
    }
}
