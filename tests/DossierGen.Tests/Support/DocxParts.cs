using System.IO.Compression;
using System.Text;

namespace DossierGen.Tests.Support;

/// <summary>A copy of a .docx with one part's text changed, so a test can break exactly one thing.</summary>
internal static class DocxParts
{
    public static byte[] Replace(byte[] docx, string part, Func<string, string> change)
    {
        using var stream = new MemoryStream();
        stream.Write(docx);
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Update, leaveOpen: true))
        {
            var entry = zip.GetEntry(part)!;
            string text;
            using (var reader = new StreamReader(entry.Open()))
            {
                text = reader.ReadToEnd();
            }

            entry.Delete();
            using var writer = new StreamWriter(zip.CreateEntry(part).Open(), new UTF8Encoding(false));
            writer.Write(change(text));
        }

        return stream.ToArray();
    }
}
