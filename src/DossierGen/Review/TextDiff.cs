using System.Text;
using DiffPlex;
using DiffPlex.DiffBuilder;
using DiffPlex.DiffBuilder.Model;

namespace DossierGen.Review;

/// <summary>
/// A line diff of two texts in the familiar form: "-" old, "+" new, two lines of context, hunks
/// separated by "@@". Documents of up to a few thousand lines (every real dossier section) are
/// aligned by DiffPlex's Myers diff, as they always were; its time grows with the product of
/// length and differences, so longer ones are aligned by <see cref="Alignment"/>, whose time stays
/// linear in their length whatever they hold.
/// </summary>
public static class TextDiff
{
    /// <summary>Lines on both sides together up to which Myers' diff is used.</summary>
    internal const int MyersLines = 4096;

    private static readonly string[] LineBreaks = ["\r\n", "\r", "\n"];

    public static string Unified(string before, string after, string beforeName, string afterName, int context = 2)
    {
        ArgumentNullException.ThrowIfNull(before);
        ArgumentNullException.ThrowIfNull(after);
        var lines = Lines(before, after);
        var show = new bool[lines.Count];
        for (var i = 0; i < lines.Count; i++)
        {
            if (lines[i].Type is not Alignment.Edit.Same)
            {
                for (var j = Math.Max(0, i - context); j <= Math.Min(lines.Count - 1, i + context); j++)
                {
                    show[j] = true;
                }
            }
        }

        if (!show.Any(s => s))
        {
            return "";
        }

        var text = new StringBuilder().Append("--- ").Append(beforeName).Append('\n').Append("+++ ").Append(afterName).Append('\n');
        var gap = true;
        for (var i = 0; i < lines.Count; i++)
        {
            if (!show[i])
            {
                gap = true;
                continue;
            }

            if (gap)
            {
                text.Append("@@\n");
                gap = false;
            }

            text.Append(lines[i].Type switch
            {
                Alignment.Edit.Inserted => "+ ",
                Alignment.Edit.Deleted => "- ",
                _ => "  ",
            }).Append(lines[i].Text).Append('\n');
        }

        return text.ToString();
    }

    private static List<(Alignment.Edit Type, string Text)> Lines(string before, string after)
    {
        var (old, @new) = (before.Split(LineBreaks, StringSplitOptions.None), after.Split(LineBreaks, StringSplitOptions.None));
        if (old.Length + @new.Length <= MyersLines)
        {
            return [.. new InlineDiffBuilder(new Differ()).BuildDiffModel(before, after, false).Lines.Select(l => (l.Type switch
            {
                ChangeType.Inserted => Alignment.Edit.Inserted,
                ChangeType.Deleted => Alignment.Edit.Deleted,
                _ => Alignment.Edit.Same,
            }, l.Text))];
        }

        return [.. Alignment.Align(old, @new, line => line).Select(s => (s.Edit, s.Edit == Alignment.Edit.Inserted ? @new[s.After] : old[s.Before]))];
    }
}
