using System.CommandLine;
using System.Globalization;
using DossierGen.Configuration;
using DossierGen.Diagnostics;
using DossierGen.Rules;
using DossierGen.Rules.Lint;
using DossierGen.RuleTests;

namespace DossierGen.Cli.Commands;

/// <summary><c>dossiergen rules lint [DIR]</c> and <c>dossiergen rules test [DIR]</c>.</summary>
internal static class RulesCommand
{
    public static Command Create(CliContext context)
    {
        var command = new Command("rules", "Check rule files and run the rule test cases beside them");
        command.Subcommands.Add(Lint(context));
        command.Subcommands.Add(Test(context));
        return command;
    }

    private static Argument<string?> DirectoryArgument() => new("dir")
    {
        Description = "The rules folder (default: the one dossiergen.yaml in this folder or above names, else the built-in rules)",
        Arity = ArgumentArity.ZeroOrOne,
    };

    private static Command Lint(CliContext context)
    {
        var dir = DirectoryArgument();
        var command = new Command("lint", "Check rule files: shape, facts and values, ids, citations, tests, overlaps and gaps") { dir };
        command.SetAction(parse => RunLint(context, parse.GetValue(dir)));
        return command;
    }

    private static Command Test(CliContext context)
    {
        var dir = DirectoryArgument();
        var command = new Command("test", "Run the *.test.yaml cases beside each rules file") { dir };
        command.SetAction(parse => RunTest(context, parse.GetValue(dir)));
        return command;
    }

    internal static int RunLint(CliContext context, string? directory)
    {
        var diagnostics = new DiagnosticBag();
        var rules = ResolveDirectory(context, directory, diagnostics);
        if (rules is null)
        {
            context.Report(diagnostics);
            return ExitCodes.InvalidInput;
        }

        RuleLinter.Lint(rules, diagnostics);
        context.Report(diagnostics);
        var errors = diagnostics.Sorted().Count(d => d.Severity == DiagnosticSeverity.Error);
        var warnings = diagnostics.Sorted().Count - errors;
        var warned = warnings == 0 ? "" : $", {warnings} warning{(warnings == 1 ? "" : "s")}";
        context.Out.WriteLine(errors == 0 ? $"{DisplayText.Escape(rules)}: no problems found{warned}" : $"{DisplayText.Escape(rules)}: {errors} problem{(errors == 1 ? "" : "s")} found{warned}");
        return errors == 0 ? ExitCodes.Success : ExitCodes.CheckFailed;
    }

    internal static int RunTest(CliContext context, string? directory)
    {
        var diagnostics = new DiagnosticBag();
        var folder = ResolveDirectory(context, directory, diagnostics);

        // "rules test rules/ema" runs one market's cases against the whole rules folder.
        string? onlyMarketFolder = null;
        if (folder is not null && RuleSetLoader.MarketFolders.Contains(Path.GetFileName(Path.TrimEndingDirectorySeparator(Path.GetFullPath(folder)))))
        {
            onlyMarketFolder = Path.GetFullPath(folder);
            folder = Path.GetDirectoryName(onlyMarketFolder);
        }

        var rules = folder is null ? null : RuleSetLoader.Load(folder, diagnostics);
        var files = rules is null ? null : RuleTestSuite.Load(folder!, rules, diagnostics);
        context.Report(diagnostics);
        if (rules is null || files is null || diagnostics.HasErrors)
        {
            return ExitCodes.InvalidInput;
        }

        if (onlyMarketFolder is not null)
        {
            files = [.. files.Where(f => Path.GetFullPath(f.Path).StartsWith(onlyMarketFolder, StringComparison.Ordinal))];
        }

        var report = RuleTestRunner.Run(rules, files);
        foreach (var failed in report.Outcomes.Where(o => !o.Passed))
        {
            context.Out.WriteLine($"{failed.Case.Location}: FAIL {DisplayText.Escape(failed.Case.Note)}");
            foreach (var failure in failed.Failures)
            {
                context.Out.WriteLine($"    {DisplayText.Escape(failure)}");
            }
        }

        var share = report.RuleCount == 0 ? 0 : 100.0 * report.Exercised.Count / report.RuleCount;
        context.Out.WriteLine(string.Create(CultureInfo.InvariantCulture, $"rules exercised: {report.Exercised.Count} of {report.RuleCount} ({share:0}%)"));
        context.Out.WriteLine($"{report.Passed} passed, {report.Failed} failed");
        return report.Failed == 0 ? ExitCodes.Success : ExitCodes.CheckFailed;
    }

    private static string? ResolveDirectory(CliContext context, string? directory, DiagnosticBag diagnostics)
    {
        if (directory is not null)
        {
            if (!Directory.Exists(directory))
            {
                diagnostics.Error(DiagnosticCodes.RulesFolderNotFound, SourceLocation.StartOf(directory), $"rules folder '{directory}' does not exist");
                return null;
            }

            return directory;
        }

        var workspace = WorkspaceLocator.LocateFromFolder(Directory.GetCurrentDirectory(), context.Defaults, diagnostics);
        return workspace?.RulesDirectory;
    }
}
