using System.CommandLine;
using DossierGen.Configuration;
using DossierGen.Diagnostics;
using DossierGen.Templates.Lint;

namespace DossierGen.Cli.Commands;

/// <summary><c>dossiergen templates lint [DIR] [--allow-empty]</c>.</summary>
internal static class TemplatesCommand
{
    public static Command Create(CliContext context)
    {
        var command = new Command("templates", "Check a templates folder");
        command.Subcommands.Add(Lint(context));
        return command;
    }

    private static Command Lint(CliContext context)
    {
        var dir = new Argument<string?>("dir")
        {
            Description = "The templates folder (default: the one dossiergen.yaml in this folder or above names, else the built-in templates)",
            Arity = ArgumentArity.ZeroOrOne,
        };
        var allowEmpty = new Option<bool>("--allow-empty")
        {
            Description = "Succeed when the folder holds no template (by default that is an error, so a CI gate pointed at the wrong folder fails)",
        };
        var command = new Command("lint", "Check every template and partial against the dossier model, with the outline, labels and reference document") { dir, allowEmpty };
        command.SetAction(parse => Run(context, parse.GetValue(dir), parse.GetValue(allowEmpty)));
        return command;
    }

    internal static int Run(CliContext context, string? directory, bool allowEmpty)
    {
        var diagnostics = new DiagnosticBag();
        var templates = directory ?? WorkspaceLocator.LocateFromFolder(Directory.GetCurrentDirectory(), context.Defaults, diagnostics)?.TemplatesDirectory;
        if (templates is not null && !Directory.Exists(templates))
        {
            diagnostics.Error(DiagnosticCodes.FileNotFound, SourceLocation.StartOf(templates), $"folder '{templates}' does not exist");
        }
        else if (templates is not null && !TemplateFolderLint.HoldsTemplates(templates) && !allowEmpty)
        {
            diagnostics.Error(DiagnosticCodes.NoTemplates, SourceLocation.StartOf(templates), $"no template (outline.yaml or *.md.sbn) in '{templates}'; if that is expected, pass --allow-empty");
        }

        if (templates is null || diagnostics.HasErrors)
        {
            context.Report(diagnostics);
            return ExitCodes.InvalidInput;
        }

        var count = TemplateFolderLint.HoldsTemplates(templates) ? TemplateFolderLint.Lint(templates, diagnostics) : 0;
        context.Report(diagnostics);
        if (count is null)
        {
            return ExitCodes.InvalidInput;
        }

        context.Out.WriteLine($"{count} template{(count == 1 ? "" : "s")}, no faults");
        return ExitCodes.Success;
    }
}
