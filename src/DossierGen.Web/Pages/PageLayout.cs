namespace DossierGen.Web.Pages;

/// <summary>
/// The frame of every page: the header with the workbench's navigation, the content, and the
/// page's own stylesheet and script (served from the binary). Plain HTML that works without the
/// script; the script only makes forms answer in place.
/// </summary>
public static class PageLayout
{
    /// <param name="title">Plain text (encoded here).</param>
    /// <param name="content">Markup, built with <see cref="Html"/>.</param>
    public static string Render(string title, string content) => $"""
        <!DOCTYPE html>
        <html lang="en">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <title>{Html.Text(title)} · DossierGen</title>
        <link rel="icon" href="/assets/favicon.svg" type="image/svg+xml">
        <link rel="stylesheet" href="/assets/site.css">
        <script src="/assets/site.js" defer></script>
        </head>
        <body>
        <a class="skip" href="#main">Skip to content</a>
        <header class="top">
        <a class="brand" href="/">DossierGen workbench</a>
        <nav aria-label="Workbench"><a href="/">Folder</a></nav>
        </header>
        <main id="main" tabindex="-1">
        {content}
        </main>
        </body>
        </html>
        """;
}
