using System.Text;
using DossierGen.Diagnostics;
using DossierGen.Generation;

namespace DossierGen.Cli;

/// <summary>Where a report goes: standard output, or with <c>-o</c> a regular file written whole or not at all.</summary>
internal static class ExportOutput
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    public static int Write(CliContext context, string? path, string text)
    {
        if (path is null)
        {
            context.Out.Write(text);
            return ExitCodes.Success;
        }

        return Write(context, path, Utf8.GetBytes(text));
    }

    public static int Write(CliContext context, string path, byte[] content)
    {
        var diagnostics = new DiagnosticBag();
        if (!AtomicFile.Write(path, content, diagnostics))
        {
            context.Report(diagnostics);
            return ExitCodes.InvalidInput;
        }

        return ExitCodes.Success;
    }
}
