using DossierGen.Word;

namespace DossierGen.Web.Documents;

/// <summary>The whole generated dossier as one zip: entries under the change id, in ordinal order, with fixed times, so the same dossier gives the same bytes.</summary>
internal static class DossierZip
{
    public static byte[] Write(string changeId, IReadOnlyList<string> files, Func<string, byte[]?> read)
    {
        using var buffer = new MemoryStream();
        using (var zip = new DeterministicZip(buffer))
        {
            foreach (var file in files.Order(StringComparer.Ordinal))
            {
                if (read(file) is { } bytes)
                {
                    zip.Add($"{changeId}/{file}", bytes);
                }
            }
        }

        return buffer.ToArray();
    }
}
