using System.CommandLine;
using DossierGen.Diagnostics;
using DossierGen.Inputs;

namespace DossierGen.Cli.Commands;

/// <summary><c>dossiergen validate FILE...</c>: checks change, product, master-file and configuration files.</summary>
internal static class ValidateCommand
{
    public static Command Create(CliContext context)
    {
        var files = new Argument<string[]>("files")
        {
            Description = "Change, product, master-file or dossiergen.yaml files to check",
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
        foreach (var file in files)
        {
            if (InputFileValidator.Validate(file, context.Defaults, diagnostics) is { } result)
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
