using System.Diagnostics;
using System.Text;
using System.Text.RegularExpressions;

namespace DossierGen.Tests.Support;

/// <summary>Looks at PDFs with poppler's tools (pdfinfo, pdffonts, pdftotext) and at the PDF's own objects.</summary>
internal static partial class Poppler
{
    public static string Run(string program, params string[] args)
    {
        var start = new ProcessStartInfo(program) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start)!;
        var error = process.StandardError.ReadToEndAsync();
        var output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        Assert.True(process.ExitCode == 0, $"{program} {string.Join(' ', args)} failed: {error.Result}");
        return output;
    }

    /// <summary>The PDF version pdfinfo reports, such as 1.6.</summary>
    public static Version PdfVersion(string pdf) => Version.Parse(VersionLine().Match(Run("pdfinfo", pdf)).Groups[1].Value);

    /// <summary>The fonts pdffonts lists that are not embedded (the "emb" column says no).</summary>
    public static IReadOnlyList<string> FontsNotEmbedded(string pdf)
    {
        var lines = Run("pdffonts", pdf).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        var header = lines[0];
        var column = header.IndexOf(" emb", StringComparison.Ordinal) + 1;
        return [.. lines.Skip(2).Where(l => l.Length > column + 2 && l.Substring(column, 3) != "yes").Select(l => l.Trim())];
    }

    /// <summary>How many top-level bookmarks the document outline has (the catalog's /Outlines object's /Count), 0 without one.</summary>
    public static int Bookmarks(string pdf)
    {
        var text = Encoding.Latin1.GetString(File.ReadAllBytes(pdf));
        var outlines = OutlinesReference().Match(text);
        if (!outlines.Success)
        {
            return 0;
        }

        var obj = new Regex($@"(?<![0-9]){outlines.Groups[1].Value} 0 obj\s*<<(.*?)>>", RegexOptions.Singleline).Match(text);
        return Math.Abs(int.Parse(CountEntry().Match(obj.Groups[1].Value).Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture));
    }

    /// <summary>Whether the catalog asks viewers to open the bookmarks pane.</summary>
    public static bool OpensWithBookmarks(string pdf) => PageModeOutlines().IsMatch(Encoding.Latin1.GetString(File.ReadAllBytes(pdf)));

    /// <summary>How many link annotations the pages hold.</summary>
    public static int Links(string pdf) => LinkAnnotation().Count(Encoding.Latin1.GetString(File.ReadAllBytes(pdf)));

    public static string Text(string pdf) => Run("pdftotext", "-layout", pdf, "-");

    [GeneratedRegex(@"PDF version:\s*([0-9.]+)")]
    private static partial Regex VersionLine();

    [GeneratedRegex(@"/Outlines\s+(\d+)\s+0\s+R")]
    private static partial Regex OutlinesReference();

    [GeneratedRegex(@"/Count\s+(-?\d+)")]
    private static partial Regex CountEntry();

    [GeneratedRegex(@"/PageMode\s*/UseOutlines")]
    private static partial Regex PageModeOutlines();

    [GeneratedRegex(@"/Subtype\s*/Link")]
    private static partial Regex LinkAnnotation();
}
