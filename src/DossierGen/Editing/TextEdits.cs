using System.Text;

namespace DossierGen.Editing;

/// <summary>
/// Replacements of spans of an original text, applied in one pass. Edits at the same place apply in
/// the order they were added, which lets a nested mapping's new keys come before the keys its parent
/// adds after it.
/// </summary>
public sealed class TextEdits(string original)
{
    private readonly List<(int Start, int End, string Text, int Order)> _edits = [];

    public int Count => _edits.Count;

    public void Replace(int start, int end, string text) => _edits.Add((start, end, text, _edits.Count));

    public void Insert(int at, string text) => Replace(at, at, text);

    /// <summary>The edited text; <paramref name="newLine"/> replaces the "\n" of inserted text (a CRLF file stays CRLF).</summary>
    public string Apply(string newLine)
    {
        var result = new StringBuilder(original.Length + 256);
        var position = 0;
        foreach (var (start, end, text, _) in _edits.OrderBy(e => e.Start).ThenBy(e => e.End > e.Start).ThenBy(e => e.Order))
        {
            if (start < position)
            {
                throw new InvalidOperationException($"overlapping edits at {start} (already at {position})");
            }

            result.Append(original, position, start - position);
            result.Append(newLine == "\n" ? text : text.Replace("\n", newLine, StringComparison.Ordinal));
            position = end;
        }

        return result.Append(original, position, original.Length - position).ToString();
    }
}
