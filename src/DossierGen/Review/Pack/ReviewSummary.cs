using System.Globalization;
using System.Text;
using DossierGen.Templates;

namespace DossierGen.Review.Pack;

/// <summary>
/// The pack's one-page summary: which documents changed since the approved commit (with their
/// redlines), which are new, removed or unchanged, and why, each cause once with the documents it
/// touches. Markdown, so that it reads in any web view of git and converts to Word as the dossier does.
/// </summary>
internal static class ReviewSummary
{
    public static string Markdown(string changeId, string title, DateOnly date, string approvedAt, IReadOnlyList<DocumentReview> documents)
    {
        var md = new StringBuilder();
        md.Append(CultureInfo.InvariantCulture, $"# Review pack {MarkdownText.OneLine(changeId)}\n\n");
        md.Append(CultureInfo.InvariantCulture, $"{MarkdownText.OneLine(title)}. Changes since the approved commit {MarkdownText.OneLine(approvedAt)}; the documents as generated on {date:yyyy-MM-dd} are in `new/`, a redline of each changed one in `redlines/`.\n\n");
        md.Append("## What changed\n\n| Document | Since approval | Tracked changes |\n| --- | --- | --- |\n");
        foreach (var document in documents.Where(d => d.State != "unchanged"))
        {
            md.Append(CultureInfo.InvariantCulture, $"| {MarkdownText.Cell(document.Path)} | {document.State} | {(document.State == "changed" ? document.Revisions.ToString(CultureInfo.InvariantCulture) : "")} |\n");
        }

        var causes = documents.SelectMany(d => d.Causes.Select(c => (Cause: c, d.Path)))
            .GroupBy(x => x.Cause, StringComparer.Ordinal)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .ToList();
        md.Append("\n## Why\n\n");
        if (causes.Count == 0)
        {
            md.Append(documents.Any(d => d.State == "changed")
                ? "The approved documents carry no provenance that names a cause.\n"
                : "Nothing changed in the documents' text.\n");
        }

        foreach (var cause in causes)
        {
            md.Append(CultureInfo.InvariantCulture, $"- {MarkdownText.Escape(Capitalised(cause.Key))} ({MarkdownText.Escape(string.Join(", ", cause.Select(x => x.Path)))})\n");
        }

        var unchanged = documents.Where(d => d.State == "unchanged").Select(d => d.Path).ToList();
        if (unchanged.Count > 0)
        {
            md.Append(CultureInfo.InvariantCulture, $"\nUnchanged: {MarkdownText.Escape(string.Join(", ", unchanged))}.\n");
        }

        return md.ToString();
    }

    private static string Capitalised(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];
}
