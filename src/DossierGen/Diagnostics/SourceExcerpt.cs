using System.Text;

namespace DossierGen.Diagnostics;

/// <summary>A source line with a caret under one column, for a diagnostic's excerpt.</summary>
public static class SourceExcerpt
{
    /// <summary>Long lines are cut to this many characters either side of the caret.</summary>
    private const int Window = 60;

    /// <returns>Two lines, the source line and the caret line; null when the line does not exist.</returns>
    public static string? At(string text, int line, int column)
    {
        ArgumentNullException.ThrowIfNull(text);
        var lines = text.Split('\n');
        if (line < 1 || line > lines.Length)
        {
            return null;
        }

        var source = lines[line - 1].TrimEnd('\r');
        var caret = Math.Clamp(column - 1, 0, source.Length);
        var start = Math.Max(0, caret - Window);
        var end = Math.Min(source.Length, caret + Window);
        var shown = (start > 0 ? "…" : "") + Visible(source[start..end]) + (end < source.Length ? "…" : "");
        return shown + "\n" + new string(' ', caret - start + (start > 0 ? 1 : 0)) + "^";
    }

    /// <summary>
    /// Control characters as visible one-column marks (a tab as →, others as their Unicode control
    /// pictures), so the line cannot move the terminal's cursor and the caret stays under its place.
    /// </summary>
    private static string Visible(string text)
    {
        var result = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            result.Append(c switch
            {
                '\t' => '→',
                < ' ' => (char)(0x2400 + c),
                '\u007F' => '\u2421',
                _ when char.IsControl(c) => '\uFFFD',
                _ => c,
            });
        }

        return result.ToString();
    }
}
