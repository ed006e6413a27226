using System.Globalization;
using DocumentFormat.OpenXml.Wordprocessing;

namespace DossierGen.Word;

/// <summary>The left indent each paragraph style of a style sheet gives, resolved through basedOn, so lists in a note box can line up with its border.</summary>
internal static class StyleIndents
{
    public static IReadOnlyDictionary<string, int> Left(Styles styles)
    {
        var own = new Dictionary<string, (int? Left, string? BasedOn)>(StringComparer.Ordinal);
        foreach (var style in styles.Elements<Style>().Where(s => s.Type?.Value == StyleValues.Paragraph && s.StyleId?.Value is not null))
        {
            var indentation = style.StyleParagraphProperties?.Indentation;
            own.TryAdd(style.StyleId!.Value!, (Twips(indentation?.Left?.Value ?? indentation?.Start?.Value), style.BasedOn?.Val?.Value));
        }

        var defaults = styles.DocDefaults?.ParagraphPropertiesDefault?.ParagraphPropertiesBaseStyle?.Indentation;
        var fallback = Twips(defaults?.Left?.Value ?? defaults?.Start?.Value) ?? 0;
        var resolved = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var id in own.Keys)
        {
            // A basedOn loop (a broken style sheet) ends at the first style seen twice.
            var seen = new HashSet<string>(StringComparer.Ordinal);
            var current = id;
            int? left = null;
            while (left is null && current is not null && seen.Add(current) && own.TryGetValue(current, out var entry))
            {
                (left, current) = entry;
            }

            resolved[id] = left ?? fallback;
        }

        return resolved;
    }

    private static int? Twips(string? value) =>
        int.TryParse(value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var twips) ? twips : null;
}
