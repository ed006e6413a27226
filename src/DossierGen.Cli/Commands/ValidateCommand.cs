using System.CommandLine;
using DossierGen.Diagnostics;
using DossierGen.Inputs;
using DossierGen.Pipeline;

namespace DossierGen.Cli.Commands;

/// <summary><c>dossiergen validate FILE...</c>: checks any DossierGen file, chosen by its format tag, with what it references.</summary>
internal static class ValidateCommand
{
    public static Command Create(CliContext context)
    {
        var files = new Argument<string[]>("files")
        {
            Description = "DossierGen files to check: change, product, master-file, dossiergen.yaml, rules, rule-test, outline, labels or master-file-change files",
            Arity = ArgumentArity.OneOrMore,
        };
        var command = new Command("validate", "Check DossierGen files and everything they reference; print every fault with its place")
        {
            files,
        };
        command.SetAction(parse => Run(context, parse.GetValue(files) ?? []));
        return command;
    }

    internal static int Run(CliContext context, IReadOnlyList<string> files)
    {
        var diagnostics = new DiagnosticBag();
        var valid = new List<ValidatedFile>();
        var validator = new InputFileValidator(context.Defaults);
        foreach (var file in files)
        {
            if (validator.Validate(file, diagnostics) is { } result)
            {
                valid.Add(result);
            }
        }

        context.Report(diagnostics);
        foreach (var file in valid)
        {
            context.Out.WriteLine(DisplayText.Escape($"{file.Path}: valid {file.Summary}"));
        }

        return diagnostics.HasErrors ? ExitCodes.InvalidInput : ExitCodes.Success;
    }
}
