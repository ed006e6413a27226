using DossierGen.Diagnostics;
using YamlDotNet.Core;

namespace DossierGen.Yaml;

/// <summary>
/// Turns YamlDotNet's parser errors into a plain hint for the usual mistakes (a tab, an unclosed
/// quote or bracket, a colon in a plain value), placed where the mistake is, with the source line
/// and a caret. Only for files recognised as DossierGen files: the excerpt quotes the file.
/// </summary>
internal static class YamlSyntaxError
{
    private const string Prefix = "YAML syntax error: ";

    /// <param name="exception">The parser's error, or null when it failed in another way (then <paramref name="lastMark"/> is where it stopped).</param>
    public static void Report(string path, string text, YamlException? exception, SourceLocation lastMark, DiagnosticBag diagnostics)
    {
        var (location, message) = exception is null ? Unreadable(path, text, lastMark) : Explain(path, text, exception);
        diagnostics.Error(DiagnosticCodes.YamlSyntax, location, Prefix + message, SourceExcerpt.At(text, location.Line, location.Column));
    }

    private static (SourceLocation, string) Explain(string path, string text, YamlException e)
    {
        var raw = RawMessage(e);
        var at = YamlTreeReader.At(path, e.Start);
        if (raw.Contains("tab", StringComparison.OrdinalIgnoreCase))
        {
            // YamlDotNet places a tab-indentation error at the start of the enclosing mapping; the user needs the line with the tab.
            return (FirstIndentingTab(path, text) ?? at, "a tab indents this line; YAML indents with spaces only, so replace the tab with spaces");
        }

        if (raw.Contains("quoted scalar", StringComparison.Ordinal))
        {
            return (at, "the quoted value that starts here is not closed; add the closing quote where the value ends");
        }

        if (raw.Contains("found invalid mapping", StringComparison.Ordinal) || raw.Contains("mapping values are not allowed", StringComparison.OrdinalIgnoreCase))
        {
            return (at, "': ' inside a plain value starts a new key in YAML; put the whole value in quotes, as in key: \"Site: renamed\"");
        }

        if (raw.Contains("cannot start any token", StringComparison.Ordinal))
        {
            return (at, $"a plain value cannot start with '{CharAt(text, at)}'; put the whole value in quotes");
        }

        if (raw.Contains("flow sequence", StringComparison.Ordinal) || raw.Contains("flow mapping", StringComparison.Ordinal) || raw.Contains("expected ',' or", StringComparison.Ordinal))
        {
            return Unreadable(path, text, at);
        }

        if (raw.Contains("did not find expected key", StringComparison.Ordinal) || raw.Contains("expected '-' indicator", StringComparison.Ordinal))
        {
            return (at, Before(text, at).TrimEnd().EndsWith('"') || Before(text, at).TrimEnd().EndsWith('\'')
                ? "text follows a closing quote; put the whole value in quotes"
                : "this line does not line up with the lines above it: the keys of one mapping start in the same column, and so do the '- ' items of one list");
        }

        return (at, raw);
    }

    /// <summary>For a parser that failed without a syntax error: usually a bracket left open, else a general hint.</summary>
    private static (SourceLocation, string) Unreadable(string path, string text, SourceLocation stoppedAt) =>
        UnclosedBracket(path, text, stoppedAt) is { } bracket
            ? (bracket.Location, $"the {bracket.Opener} that opens here is not closed; add the {(bracket.Opener == '[' ? ']' : '}')} (or write the items one per line)")
            : (stoppedAt, "the YAML cannot be read after this point; check indentation, brackets and quotes");

    /// <summary>The last [ or { before <paramref name="stoppedAt"/> that no bracket closes, skipping quoted text and comments.</summary>
    private static (SourceLocation Location, char Opener)? UnclosedBracket(string path, string text, SourceLocation stoppedAt)
    {
        var open = new Stack<(int Line, int Column, char Opener)>();
        var lines = text.Split('\n');
        for (var i = 0; i < lines.Length && i < stoppedAt.Line; i++)
        {
            var quote = '\0';
            for (var j = 0; j < lines[i].Length; j++)
            {
                var c = lines[i][j];
                if (quote != '\0')
                {
                    quote = c == quote ? '\0' : quote;
                }
                else if (c is '"' or '\'' && (j == 0 || lines[i][j - 1] is ' ' or '[' or '{' or ',' or ':'))
                {
                    quote = c;
                }
                else if (c == '#' && (j == 0 || lines[i][j - 1] == ' '))
                {
                    break;
                }
                else if (c is '[' or '{')
                {
                    open.Push((i + 1, j + 1, c));
                }
                else if (c is ']' or '}' && open.Count > 0)
                {
                    open.Pop();
                }
            }
        }

        return open.TryPeek(out var last) ? (new SourceLocation(path, last.Line, last.Column), last.Opener) : null;
    }

    private static SourceLocation? FirstIndentingTab(string path, string text)
    {
        var lines = text.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var indent = lines[i].Length - lines[i].TrimStart(' ', '\t').Length;
            var tab = lines[i].IndexOf('\t', StringComparison.Ordinal);
            if (tab >= 0 && tab < indent)
            {
                return new SourceLocation(path, i + 1, tab + 1);
            }
        }

        return null;
    }

    private static string CharAt(string text, SourceLocation at)
    {
        var line = LineAt(text, at);
        return at.Column <= line.Length && !char.IsControl(line[at.Column - 1]) ? line[at.Column - 1].ToString() : "this character";
    }

    /// <summary>The part of the location's line before its column.</summary>
    private static string Before(string text, SourceLocation at)
    {
        var line = LineAt(text, at);
        return line[..Math.Min(line.Length, at.Column - 1)];
    }

    private static string LineAt(string text, SourceLocation at)
    {
        var lines = text.Split('\n');
        return at.Line <= lines.Length ? lines[at.Line - 1].TrimEnd('\r') : "";
    }

    private static string RawMessage(YamlException e)
    {
        // YamlDotNet prefixes messages with "(Line: 3, Col: 5, Idx: 20) - (...): "; the location is shown already.
        var message = e.Message;
        var marker = message.IndexOf("): ", StringComparison.Ordinal);
        if (message.StartsWith("(Line", StringComparison.Ordinal) && marker >= 0)
        {
            message = message[(marker + 3)..];
        }

        message = message.Trim().TrimEnd('.');
        return message.Length == 0 ? "malformed input" : char.ToLowerInvariant(message[0]) + message[1..];
    }
}
