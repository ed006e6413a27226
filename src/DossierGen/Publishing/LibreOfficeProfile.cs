using System.Text;

namespace DossierGen.Publishing;

/// <summary>
/// A private LibreOffice user profile for one conversion run, so parallel runs never share (and
/// lock) one, holding the Basic macro that converts. A macro rather than <c>--convert-to</c>:
/// only a macro can update the table of contents before export, which gives it page numbers.
/// </summary>
internal static class LibreOfficeProfile
{
    public const string MacroName = "Standard.DossierGen.Convert";

    /// <summary>
    /// The macro: opens 1.docx … N.docx in the folder, updates every index (the TOC field's
    /// entries and page numbers), and exports N.pdf with the submission settings: PDF 1.6 (15 and
    /// 16 are the values every LibreOffice from 7.x reads; FDA and EMA accept 1.4 to 1.7), every
    /// font embedded (the standard 14 too), bookmarks from the headings, shown and open when the
    /// file opens, Word bookmarks as named destinations and relative links kept relative, so links
    /// between the documents of a dossier work as links between its PDFs.
    /// </summary>
    private const string Macro = """
        <?xml version="1.0" encoding="UTF-8"?>
        <!DOCTYPE script:module PUBLIC "-//OpenOffice.org//DTD OfficeDocument 1.0//EN" "module.dtd">
        <script:module xmlns:script="http://openoffice.org/2000/script" script:name="DossierGen" script:language="StarBasic">
        Function Prop(name As String, value As Variant) As com.sun.star.beans.PropertyValue
          Dim p As New com.sun.star.beans.PropertyValue
          p.Name = name
          p.Value = value
          Prop = p
        End Function

        Sub ConvertOne(source As String, target As String)
          Dim doc As Object
          On Error GoTo Finished
          Dim load(1) As New com.sun.star.beans.PropertyValue
          load(0) = Prop("Hidden", True)
          load(1) = Prop("ReadOnly", True)
          doc = StarDesktop.loadComponentFromURL(source, "_blank", 0, load())
          Dim indexes As Object
          indexes = doc.getDocumentIndexes()
          Dim i As Integer
          For i = 0 To indexes.getCount() - 1
            indexes.getByIndex(i).update()
          Next i
          Dim filter(8) As New com.sun.star.beans.PropertyValue
          filter(0) = Prop("SelectPdfVersion", 16)
          filter(1) = Prop("EmbedStandardFonts", True)
          filter(2) = Prop("ExportBookmarks", True)
          filter(3) = Prop("OpenBookmarkLevels", -1)
          filter(4) = Prop("InitialView", 1)
          filter(5) = Prop("ExportBookmarksToPDFDestination", False)
          filter(6) = Prop("ExportLinksRelativeFsys", True)
          filter(7) = Prop("ConvertOOoTargetToPDFTarget", True)
          filter(8) = Prop("ExportNotes", False)
          Dim store(1) As New com.sun.star.beans.PropertyValue
          store(0) = Prop("FilterName", "writer_pdf_Export")
          store(1) = Prop("FilterData", filter())
          doc.storeToURL(target, store())
        Finished:
          On Error Resume Next
          If Not IsNull(doc) Then doc.close(True)
        End Sub

        Sub Convert(folder As String, count As Integer)
          Dim n As Integer
          For n = 1 To count
            ConvertOne(folder &amp; "/" &amp; n &amp; ".docx", folder &amp; "/" &amp; n &amp; ".pdf")
          Next n
          StarDesktop.terminate()
        End Sub
        </script:module>
        """;

    private const string Libraries = """
        <?xml version="1.0" encoding="UTF-8"?>
        <!DOCTYPE library:libraries PUBLIC "-//OpenOffice.org//DTD OfficeDocument 1.0//EN" "libraries.dtd">
        <library:libraries xmlns:library="http://openoffice.org/2000/library" xmlns:xlink="http://www.w3.org/1999/xlink">
         <library:library library:name="Standard" library:link="false"/>
        </library:libraries>
        """;

    private const string Library = """
        <?xml version="1.0" encoding="UTF-8"?>
        <!DOCTYPE library:library PUBLIC "-//OpenOffice.org//DTD OfficeDocument 1.0//EN" "library.dtd">
        <library:library xmlns:library="http://openoffice.org/2000/library" library:name="Standard" library:readonly="false" library:passwordprotected="false">
         {0}
        </library:library>
        """;

    // Without "set-up completed", LibreOffice's first start copies its default Basic libraries over the macro.
    private const string Registry = """
        <?xml version="1.0" encoding="UTF-8"?>
        <oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
        <item oor:path="/org.openoffice.Setup/Office"><prop oor:name="ooSetupInstCompleted" oor:op="fuse"><value>true</value></prop></item>
        <item oor:path="/org.openoffice.Office.Common/Misc"><prop oor:name="FirstRun" oor:op="fuse"><value>false</value></prop></item>
        </oor:items>
        """;

    /// <summary>Writes the profile into <paramref name="folder"/> (an empty folder).</summary>
    public static void Write(string folder)
    {
        var basic = Path.Combine(folder, "user", "basic");
        var standard = Path.Combine(basic, "Standard");
        Directory.CreateDirectory(standard);
        var utf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);
        File.WriteAllText(Path.Combine(folder, "user", "registrymodifications.xcu"), Registry, utf8);
        File.WriteAllText(Path.Combine(basic, "script.xlc"), Libraries, utf8);
        File.WriteAllText(Path.Combine(basic, "dialog.xlc"), Libraries, utf8);
        File.WriteAllText(Path.Combine(standard, "script.xlb"), Library.Replace("{0}", "<library:element library:name=\"DossierGen\"/>", StringComparison.Ordinal), utf8);
        File.WriteAllText(Path.Combine(standard, "dialog.xlb"), Library.Replace("{0}", "", StringComparison.Ordinal), utf8);
        File.WriteAllText(Path.Combine(standard, "DossierGen.xba"), Macro, utf8);
    }

    /// <summary>
    /// A file URL for a local folder with every character but letters, digits and <c>-_.~</c>
    /// percent-encoded, so it can stand inside the macro call's quoted argument whatever the path holds.
    /// </summary>
    public static string Url(string folder)
    {
        var full = Path.GetFullPath(folder).Replace('\\', '/');
        var segments = full.Split('/').Select(s => s.EndsWith(':') && s.Length == 2 ? s : Uri.EscapeDataString(s));
        var path = string.Join("/", segments);
        return "file://" + (path.StartsWith('/') ? path : "/" + path);
    }
}
