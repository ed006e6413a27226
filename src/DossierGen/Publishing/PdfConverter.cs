using System.Diagnostics;
using System.Globalization;
using DossierGen.Diagnostics;

namespace DossierGen.Publishing;

/// <summary>
/// Converts Word documents to PDF with LibreOffice, headless, in a private profile and a private
/// temporary folder that are removed afterwards. Documents go to LibreOffice in batches (its
/// start-up dominates; a single process given a few hundred files was seen to stop early), each
/// process with a time limit after which it is killed with everything it started. Nothing is
/// written outside the temporary folder: the caller gets the bytes, or diagnostics and null.
/// </summary>
/// <param name="environment">Reads an environment variable; the process's own outside the tests.</param>
public sealed class PdfConverter(Func<string, string?> environment)
{
    public const int BatchSize = 40;

    public PdfConverter()
        : this(Environment.GetEnvironmentVariable)
    {
    }

    /// <summary>The time a LibreOffice process is given to start, on top of <see cref="PerDocument"/> for each document.</summary>
    public TimeSpan StartTime { get; init; } = TimeSpan.FromSeconds(90);

    public TimeSpan PerDocument { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>The PDF of each job, in order; null (with diagnostics) when any could not be made.</summary>
    /// <param name="where">Where a fault that concerns no single document (LibreOffice missing) is reported.</param>
    public IReadOnlyList<byte[]>? Convert(IReadOnlyList<PdfJob> jobs, SourceLocation where, DiagnosticBag diagnostics)
    {
        ArgumentNullException.ThrowIfNull(jobs);
        ArgumentNullException.ThrowIfNull(diagnostics);
        if (jobs.Count == 0)
        {
            return [];
        }

        var (program, problem) = LibreOfficeLocator.Find(environment);
        if (program is null)
        {
            diagnostics.Error(DiagnosticCodes.LibreOfficeNotFound, where, $"--pdf converts the Word documents with LibreOffice, and {problem}; nothing was written");
            return null;
        }

        var folder = Path.Combine(Path.GetTempPath(), "dossiergen-pdf-" + Guid.NewGuid().ToString("N"));
        try
        {
            // Private: the documents are unpublished submissions.
            if (OperatingSystem.IsWindows())
            {
                Directory.CreateDirectory(folder);
            }
            else
            {
                Directory.CreateDirectory(folder, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
            }

            var results = new byte[jobs.Count][];
            var failed = false;
            for (var first = 0; first < jobs.Count; first += BatchSize)
            {
                var batch = jobs.Skip(first).Take(BatchSize).ToList();
                if (ConvertBatch(program, Path.Combine(folder, first.ToString(CultureInfo.InvariantCulture)), batch, diagnostics) is not { } pdfs)
                {
                    return null;
                }

                for (var i = 0; i < batch.Count; i++)
                {
                    if (pdfs[i] is { } pdf)
                    {
                        results[first + i] = ReproduciblePdf.Normalize(pdf, batch[i].Date);
                    }
                    else
                    {
                        failed = true;
                        diagnostics.Error(DiagnosticCodes.PdfConversionFailed, SourceLocation.StartOf(batch[i].Target), "LibreOffice did not write a PDF of this document; nothing was written");
                    }
                }
            }

            return failed ? null : results;
        }
        finally
        {
            TryDelete(folder);
        }
    }

    /// <summary>The PDFs of one batch (null where LibreOffice wrote none), or null when the process failed as a whole.</summary>
    private byte[]?[]? ConvertBatch(string program, string folder, List<PdfJob> batch, DiagnosticBag diagnostics)
    {
        var profile = Path.Combine(folder, "profile");
        var documents = Path.Combine(folder, "documents");
        Directory.CreateDirectory(documents);
        LibreOfficeProfile.Write(profile);
        for (var i = 0; i < batch.Count; i++)
        {
            File.WriteAllBytes(Path.Combine(documents, Number(i) + ".docx"), batch[i].Docx);
        }

        var start = new ProcessStartInfo(program)
        {
            UseShellExecute = false,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var argument in new[] { "--headless", "--invisible", "--nologo", "--nodefault", "--norestore", "--nolockcheck" })
        {
            start.ArgumentList.Add(argument);
        }

        start.ArgumentList.Add("-env:UserInstallation=" + LibreOfficeProfile.Url(profile));
        start.ArgumentList.Add($"macro:///{LibreOfficeProfile.MacroName}(\"{LibreOfficeProfile.Url(documents)}\",{batch.Count.ToString(CultureInfo.InvariantCulture)})");

        var limit = StartTime + (PerDocument * batch.Count);
        using var process = new Process { StartInfo = start };
        try
        {
            process.Start();
        }
        catch (Exception e) when (e is System.ComponentModel.Win32Exception or IOException or UnauthorizedAccessException)
        {
            diagnostics.Error(DiagnosticCodes.PdfConversionFailed, SourceLocation.StartOf(batch[0].Target), $"LibreOffice ('{program}') could not be started: {e.Message}; nothing was written");
            return null;
        }

        // Its output is read (and dropped) so that a chatty LibreOffice never blocks on a full pipe.
        process.StandardInput.Close();
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(limit))
        {
            process.Kill(entireProcessTree: true);
            process.WaitForExit();
            diagnostics.Error(DiagnosticCodes.PdfConversionTimedOut, SourceLocation.StartOf(batch[0].Target), string.Create(CultureInfo.InvariantCulture, $"LibreOffice did not convert {batch.Count} document(s) in {limit.TotalSeconds:0} s and was stopped; nothing was written"));
            return null;
        }

        Task.WaitAll(output, errors);
        if (process.ExitCode != 0)
        {
            var said = errors.Result.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).FirstOrDefault(l => !l.StartsWith("Warning:", StringComparison.Ordinal));
            diagnostics.Error(DiagnosticCodes.PdfConversionFailed, SourceLocation.StartOf(batch[0].Target), string.Create(CultureInfo.InvariantCulture, $"LibreOffice ('{program}') ended with exit code {process.ExitCode}{(said is null ? "" : ": " + said)}; nothing was written"));
            return null;
        }

        return [.. batch.Select((_, i) => Read(Path.Combine(documents, Number(i) + ".pdf")))];
    }

    private static string Number(int index) => (index + 1).ToString(CultureInfo.InvariantCulture);

    /// <summary>The file when it is a PDF (starts with %PDF-), else null.</summary>
    private static byte[]? Read(string path)
    {
        if (!File.Exists(path))
        {
            return null;
        }

        var bytes = File.ReadAllBytes(path);
        return bytes.AsSpan().StartsWith("%PDF-"u8) ? bytes : null;
    }

    private static void TryDelete(string folder)
    {
        try
        {
            if (Directory.Exists(folder))
            {
                Directory.Delete(folder, recursive: true);
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // A temporary folder left behind (a file still held open) is no reason to fail the run.
        }
    }
}
