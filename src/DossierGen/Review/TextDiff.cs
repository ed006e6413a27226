using System.Text;
using DiffPlex;
using DiffPlex.DiffBuilder;
using DiffPlex.DiffBuilder.Model;

namespace DossierGen.Review;

/// <summary>A line diff of two texts in the familiar form: "-" old, "+" new, two lines of context, hunks separated by "@@".</summary>
public static class TextDiff
{
    public static string Unified(string before, string after, string beforeName, string afterName, int context = 2)
    {
        var model = new InlineDiffBuilder(new Differ()).BuildDiffModel(before, after, false);
        var lines = model.Lines;
        var show = new bool[lines.Count];
        for (var i = 0; i < lines.Count; i++)
        {
            if (lines[i].Type is ChangeType.Inserted or ChangeType.Deleted)
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
                ChangeType.Inserted => "+ ",
                ChangeType.Deleted => "- ",
                _ => "  ",
            }).Append(lines[i].Text).Append('\n');
        }

        return text.ToString();
    }
}
