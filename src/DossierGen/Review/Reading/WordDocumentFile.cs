using DossierGen.Diagnostics;

namespace DossierGen.Review.Reading;

/// <summary>
/// Reads a file named on the command line as a Word document (textconv, diff, redline): refuses at
/// once what is not a regular file with content (a folder, a FIFO, /dev/zero: reading those would
/// block or never end), or is larger than <see cref="WordInputLimits.FileBytes"/>, then checks the
/// package. Every refusal is DG3008 naming the file and, where there is one, the part at fault.
/// </summary>
public static class WordDocumentFile
{
    public static CheckedDocx? Read(string path, DiagnosticBag diagnostics, WordInputLimits? limits = null)
    {
        ArgumentNullException.ThrowIfNull(path);
        ArgumentNullException.ThrowIfNull(diagnostics);
        var bytes = ReadBytes(path, limits ?? WordInputLimits.Default, out var refusal);
        WordDocumentProblem? problem = null;
        if (bytes is not null && CheckedDocx.TryOf(bytes, out problem) is { } document)
        {
            return document;
        }

        diagnostics.Error(DiagnosticCodes.NotAWordDocument, SourceLocation.StartOf(path), $"cannot read '{path}' as a Word document: {problem?.ToString() ?? refusal}");
        return null;
    }

    private static byte[]? ReadBytes(string path, WordInputLimits limits, out string refusal)
    {
        refusal = "";
        try
        {
            if (Directory.Exists(path))
            {
                refusal = "it is a folder, not a regular file";
                return null;
            }

            var file = new FileInfo(path);
            var target = file.Exists ? file.ResolveLinkTarget(returnFinalTarget: true) as FileInfo ?? file : file;
            if (!target.Exists)
            {
                refusal = "the file does not exist";
                return null;
            }

            // A FIFO, socket or device has no size; nor has an empty file, which is no Word document either.
            // Opening a FIFO would wait for a writer, and /dev/zero never ends, so neither is opened.
            if (target.Length == 0)
            {
                refusal = "it is empty or not a regular file (a pipe, socket or device)";
                return null;
            }

            if (target.Length > limits.FileBytes)
            {
                refusal = $"the file is larger than {MeasuredEntryStream.Mib(limits.FileBytes)}, more than DossierGen reads as a Word document";
                return null;
            }

            using var stream = new FileStream(target.FullName, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 1);
            var bytes = new byte[target.Length];
            stream.ReadExactly(bytes);
            return bytes;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            refusal = e.Message;
            return null;
        }
    }
}
