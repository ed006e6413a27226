using DossierGen.Web.Pages;

namespace DossierGen.Web.Editor;

/// <summary>
/// The editor's page: a frame the script fills from the form JSON. Without the script the page says
/// so and links the file's assessment; the YAML stays editable in any text editor.
/// </summary>
internal static class EditorPage
{
    public static string Render(string relativePath, string format) => PageLayout.Render($"Edit {relativePath}", $"""
        <link rel="stylesheet" href="/assets/editor.css">
        <script src="/assets/editor.js" defer></script>
        <h1>Edit <span class="code">{Html.Text(relativePath)}</span></h1>
        <div id="editor" data-path="{Html.Attribute(relativePath)}" data-format="{Html.Attribute(format)}">
        <noscript><p>The editor needs JavaScript; the file itself can be edited in any text editor.</p></noscript>
        <div class="editor-bar">
        <button type="button" id="editor-save" class="primary">Save</button>
        <p id="editor-status" role="status" aria-live="polite"></p>
        </div>
        <ul id="editor-problems" class="diagnostics" aria-label="Problems not tied to a field"></ul>
        <div class="editor-columns">
        <form id="editor-form" novalidate aria-label="Fields of {Html.Attribute(relativePath)}"></form>
        <aside id="editor-assessment" aria-label="Assessment of the edited change" aria-live="polite"></aside>
        </div>
        </div>
        """);
}
