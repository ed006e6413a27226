using System.IO.Compression;
using System.Text;
using System.Text.RegularExpressions;

namespace DossierGen.Publishing;

/// <summary>
/// Points a Word document's links to other documents of the dossier at their PDFs, for the copy
/// LibreOffice converts. LibreOffice keeps a relative link as it is, and its "convert document
/// references to PDF targets" export option only renames links to OpenDocument files, so a PDF's
/// cross-reference to "3.2.S.2.6-….docx" would open the Word file, or nothing where only the PDFs
/// are filed. The .docx itself keeps its .docx links.
/// </summary>
public static partial class PdfLinkTargets
{
    /// <summary>The document with every relative .docx hyperlink target (in any part's relationships) ending in .pdf instead.</summary>
    public static byte[] Rewrite(byte[] docx)
    {
        ArgumentNullException.ThrowIfNull(docx);
        using var source = new ZipArchive(new MemoryStream(docx, writable: false), ZipArchiveMode.Read);
        if (!source.Entries.Any(e => IsRelationships(e.FullName)))
        {
            return docx;
        }

        using var output = new MemoryStream();
        using (var target = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var entry in source.Entries)
            {
                using var reader = entry.Open();
                using var buffer = new MemoryStream();
                reader.CopyTo(buffer);
                var bytes = buffer.ToArray();
                if (IsRelationships(entry.FullName))
                {
                    bytes = Encoding.UTF8.GetBytes(DocxTarget().Replace(Encoding.UTF8.GetString(bytes), m => m.Groups[1].Value + ".pdf" + m.Groups[2].Value));
                }

                var copy = target.CreateEntry(entry.FullName, CompressionLevel.Fastest);
                copy.LastWriteTime = entry.LastWriteTime;
                using var writer = copy.Open();
                writer.Write(bytes);
            }
        }

        return output.ToArray();
    }

    private static bool IsRelationships(string name) => name.StartsWith("word/_rels/", StringComparison.Ordinal) && name.EndsWith(".rels", StringComparison.Ordinal);

    // A relative target (no scheme, so no colon) naming a .docx, before the closing quote or a #fragment.
    [GeneratedRegex(@"(Target=""[^"":]*?)\.docx([#""])")]
    private static partial Regex DocxTarget();
}
