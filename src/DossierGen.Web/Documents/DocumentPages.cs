using System.Globalization;
using System.Text;
using DossierGen.Web.Assessment;
using DossierGen.Web.Pages;

namespace DossierGen.Web.Documents;

/// <summary>The generated documents of a change file, and a section's preview from its Markdown twin.</summary>
internal static class DocumentPages
{
    public static string List(AssessedChange assessed, IReadOnlyList<string> files)
    {
        var id = assessed.Assessment.Description.Id;
        var path = Html.Query(assessed.RelativePath);
        var rows = new StringBuilder();

        // A section's Markdown twin is reached through its preview; the list names the Word file.
        foreach (var file in files.Where(f => !(f.EndsWith(".md", StringComparison.Ordinal) && files.Contains(Path.ChangeExtension(f, ".docx"), StringComparer.Ordinal))))
        {
            var twin = Path.ChangeExtension(file, ".md");
            var preview = file.EndsWith(".docx", StringComparison.Ordinal) && files.Contains(twin, StringComparer.Ordinal)
                ? $"<a href=\"/documents/preview?path={path}&amp;file={Html.Query(twin)}\">Preview</a>"
                : "";
            rows.Append(CultureInfo.InvariantCulture, $"<tr><td><a href=\"/documents/file?path={path}&amp;file={Html.Query(file)}\" download>{Html.Text(file)}</a></td><td>{preview}</td></tr>\n");
        }

        var body = files.Count == 0
            ? "<p>Nothing generated yet for this change file in this run.</p>"
            : $"""
              <p><a class="button" href="/documents/dossier.zip?path={path}" download>Download the whole dossier (.zip)</a></p>
              <table class="grid documents"><thead><tr><th scope="col">File</th><th scope="col">Section</th></tr></thead>
              <tbody>
              {rows}</tbody></table>
              """;
        return PageLayout.Render($"{id} documents", $"""
            <p><a href="/assessment?path={path}{ExplanationRoutes.AsOfQuery(assessed)}">← Assessment of {Html.Text(id)}</a></p>
            <h1>Documents of <span class="code">{Html.Text(id)}</span></h1>
            {body}
            """);
    }

    public static string Preview(AssessedChange assessed, string file, string markdown)
    {
        var docx = Path.ChangeExtension(file, ".docx");
        return PageLayout.Render($"{file} preview", $"""
            <p><a href="{Html.Attribute(DocumentRoutes.ListLink(assessed))}">← Documents of {Html.Text(assessed.Assessment.Description.Id)}</a> ·
            <a href="/documents/file?path={Html.Query(assessed.RelativePath)}&amp;file={Html.Query(docx)}" download>Download {Html.Text(Path.GetFileName(docx))}</a></p>
            <h1 class="code">{Html.Text(file)}</h1>
            <article class="preview">
            {MarkdownPreview.ToHtml(markdown)}
            </article>
            """);
    }
}
