using System.Text;

namespace DossierGen.Formats;

/// <summary>
/// The JSON Schemas of every format, rendered from the shapes the reader uses (so they always match
/// this version of DossierGen, whether it runs from the repository, a tool package or a single-file
/// binary), as files for a folder: <c>init</c> copies them into the repository, <c>schemas export</c> anywhere.
/// </summary>
public static class SchemaExport
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    public static IReadOnlyList<(string Path, byte[] Content)> Files(string directory) =>
        [.. PublishedSchemas.All.Select(s => (System.IO.Path.Combine(directory, s.FileName), Utf8.GetBytes(PublishedSchemas.Render(s.FileName))))];
}
