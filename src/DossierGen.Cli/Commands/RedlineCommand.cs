using System.CommandLine;
using DossierGen.Diagnostics;
using DossierGen.Generation;
using DossierGen.Review;

namespace DossierGen.Cli.Commands;

/// <summary><c>redline OLD NEW</c>: a Word document with tracked changes from OLD to NEW and comments naming their causes.</summary>
internal static class RedlineCommand
{
    public static Command Create(CliContext context)
    {
        var before = new Argument<string>("old") { Description = "The earlier .docx (for example the approved one, from git show)" };
        var after = new Argument<string>("new") { Description = "The later .docx" };
        var output = new Option<string?>("--output", "-o") { Description = "Where to write the redline (default: NEW with .redline.docx)" };
        OptionChecks.OutputPath(output, "file", "redline writes a Word document");
        var command = new Command("redline", "Write a Word document with tracked changes from OLD to NEW, each commented with its cause (input, rule or template)") { before, after, output };
        command.SetAction(parse =>
        {
            var (a, b) = (parse.GetValue(before)!, parse.GetValue(after)!);
            var target = parse.GetValue(output) ?? Path.ChangeExtension(b, null) + ".redline.docx";
            return Run(context, a, b, target);
        });
        return command;
    }

    internal static int Run(CliContext context, string oldPath, string newPath, string outputPath)
    {
        var diagnostics = new DiagnosticBag();
        var oldBytes = ReviewCommands.ReadDocument(oldPath, diagnostics);
        var newBytes = ReviewCommands.ReadDocument(newPath, diagnostics);
        if (oldBytes is null || newBytes is null)
        {
            context.Report(diagnostics);
            return ExitCodes.InvalidInput;
        }

        RedlineResult result;
        try
        {
            // A document inside a generated dossier has its provenance in the dossier's manifest.
            result = Redliner.Redline(oldBytes, newBytes, DossierManifest.ProvenanceFor(oldPath), DossierManifest.ProvenanceFor(newPath));
        }
        catch (InvalidDataException e)
        {
            diagnostics.Error(DiagnosticCodes.NotAWordDocument, SourceLocation.StartOf(oldPath), $"cannot redline '{oldPath}' against '{newPath}': {e.Message}");
            context.Report(diagnostics);
            return ExitCodes.InvalidInput;
        }

        if (!AtomicFile.Write(outputPath, result.Document, diagnostics))
        {
            context.Report(diagnostics);
            return ExitCodes.InvalidInput;
        }

        context.Out.WriteLine(result.Revisions == 0
            ? $"{DisplayText.Escape(outputPath)}: no differences in the text"
            : $"{DisplayText.Escape(outputPath)}: {result.Revisions} tracked change(s), {result.Comments} comment(s) naming their causes");
        return ExitCodes.Success;
    }
}
