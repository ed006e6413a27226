using System.IO.Compression;
using System.Xml.Linq;

namespace DossierGen.Tests.Support;

/// <summary>Reads a part of a .docx and pretty-prints it, so goldens diff line by line.</summary>
internal static class DocxXml
{
    public static string Part(byte[] docx, string part = "word/document.xml")
    {
        using var zip = new ZipArchive(new MemoryStream(docx), ZipArchiveMode.Read);
        using var stream = zip.GetEntry(part)!.Open();
        return XDocument.Load(stream).ToString(SaveOptions.None).Replace("\r\n", "\n", StringComparison.Ordinal) + "\n";
    }
}
