using System.CommandLine;
using DossierGen.Diagnostics;
using DossierGen.Formats;
using DossierGen.Generation;

namespace DossierGen.Cli.Commands;

/// <summary><c>dossiergen schemas export DIR</c>: the JSON Schemas of every format, for an editor, a CI check or another repository layout.</summary>
internal static class SchemasCommand
{
    public static Command Create(CliContext context)
    {
        var directory = new Argument<string>("dir") { Description = "The folder to write the schemas into (created if missing)" };
        var export = new Command("export", "Write the JSON Schema of every DossierGen format into DIR") { directory };
        export.SetAction(parse => Export(context, parse.GetValue(directory)!));
        return new Command("schemas", "The JSON Schemas of DossierGen's formats") { export };
    }

    internal static int Export(CliContext context, string directory)
    {
        var diagnostics = new DiagnosticBag();
        var files = SchemaExport.Files(directory);
        if (files.Where(f => !AtomicFile.CanWrite(f.Path, diagnostics)).ToList() is not [])
        {
            context.Report(diagnostics);
            return ExitCodes.InvalidInput;
        }

        foreach (var (path, content) in files)
        {
            if (!AtomicFile.Write(path, content, diagnostics))
            {
                context.Report(diagnostics);
                return ExitCodes.InvalidInput;
            }
        }

        context.Out.WriteLine($"{files.Count} schemas written to {DisplayText.Escape(directory)}");
        return ExitCodes.Success;
    }
}
