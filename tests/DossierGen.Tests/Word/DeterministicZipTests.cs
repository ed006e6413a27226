using System.Text;
using DossierGen.Word;

namespace DossierGen.Tests.Word;

/// <summary>A part written from a builder is the same zip bytes as the same text written as a string.</summary>
public sealed class DeterministicZipTests
{
    private static byte[] Zip(Action<DeterministicZip> add)
    {
        using var stream = new MemoryStream();
        using (var zip = new DeterministicZip(stream))
        {
            add(zip);
        }

        return stream.ToArray();
    }

    [Fact]
    public void TextFromABuilderGivesTheSameBytesAsTheSameTextAsAString()
    {
        // Appended piece by piece, so the builder has many chunks, some cutting a surrogate pair.
        var text = new StringBuilder();
        for (var i = 0; i < 20000; i++)
        {
            text.Append("<c:pt idx=\"").Append(i).Append("\"><c:v>L𝛼").Append(i % 7).Append("</c:v></c:pt>");
        }

        var whole = text.ToString();

        Assert.Equal(Zip(z => z.Add("part.xml", whole)), Zip(z => z.Add("part.xml", text)));
    }
}
