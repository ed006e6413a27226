namespace DossierGen.Tests.Support;

/// <summary>
/// Shell scripts that stand in for soffice, so what --pdf does around LibreOffice (finding it,
/// passing the documents, time limits, failures) is tested where LibreOffice is not installed.
/// </summary>
internal static class FakeLibreOffice
{
    /// <summary>
    /// Answers the conversion macro as LibreOffice does: N.pdf beside each N.docx in the folder the
    /// macro call names. Each PDF has a clock-like creation date and a per-process identifier, as
    /// LibreOffice's do, and its content depends on the document's bytes.
    /// </summary>
    public const string Converts = """
        for a in "$@"; do case "$a" in macro:*) call="$a";; esac; done
        folder=$(printf '%s' "$call" | sed -e 's/^[^"]*"file:\/\///' -e 's/".*$//')
        count=$(printf '%s' "$call" | sed -e 's/.*",//' -e 's/)$//')
        i=1
        while [ "$i" -le "$count" ]; do
          sum=$(cksum < "$folder/$i.docx" | cut -d' ' -f1)
          printf '%%PDF-1.6\n1 0 obj <</Type/Catalog/PageMode/UseOutlines>> endobj\n2 0 obj <</Creator(Writer)/CreationDate(D:2099%010dZ)>> endobj\n%% %s\ntrailer <</ID [ <%032d>\n<%032d> ] /DocChecksum /%032d>>\n%%%%EOF\n' "$$" "$sum" "$$" "$$" "$$" > "$folder/$i.pdf"
          i=$((i + 1))
        done
        """;

    /// <summary>Writes an executable script with <paramref name="body"/> into <paramref name="folder"/> and returns its path.</summary>
    public static string Write(string folder, string body, string name = "soffice")
    {
        var path = Path.Combine(folder, name);
        File.WriteAllText(path, "#!/bin/sh\n" + body + "\n");
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        }

        return path;
    }
}
