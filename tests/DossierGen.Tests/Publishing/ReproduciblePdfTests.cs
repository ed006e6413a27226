using System.Text;
using DossierGen.Publishing;

namespace DossierGen.Tests.Publishing;

public sealed class ReproduciblePdfTests
{
    private static byte[] Pdf(string created, string id, string checksum) => Encoding.Latin1.GetBytes(
        $"%PDF-1.6\n%\u00e2\u00e3\n1 0 obj <</Creator(Writer)/CreationDate(D:{created}Z')>> endobj\nxref\n0 2\ntrailer\n<</Size 2/Root 1 0 R\n/ID [ <{id}>\n<{id}> ]\n/DocChecksum /{checksum}\n>>\nstartxref\n40\n%%EOF\n");

    [Fact]
    public void TwoRunsThatDifferOnlyInClockAndIdentifierGiveTheSameBytes()
    {
        var first = ReproduciblePdf.Normalize(Pdf("20261202063916", "44E8B7DE4E0B36525330B41B4C29197A", "32FFF1BDBE56280452FC4F20DB7C3A85"), new DateOnly(2027, 3, 1));
        var second = ReproduciblePdf.Normalize(Pdf("20261202063923", "0123456789ABCDEF0123456789ABCDEF", "FEDCBA9876543210FEDCBA9876543210"), new DateOnly(2027, 3, 1));

        Assert.Equal(first, second);
    }

    [Fact]
    public void TheCreationDateBecomesTheDocumentDateAndEveryValueKeepsItsLength()
    {
        var original = Pdf("20261202063916", "44E8B7DE4E0B36525330B41B4C29197A", "32FFF1BDBE56280452FC4F20DB7C3A85");

        var normalized = ReproduciblePdf.Normalize(original, new DateOnly(2027, 3, 1));

        var text = Encoding.Latin1.GetString(normalized);
        Assert.Equal(original.Length, normalized.Length);
        Assert.Contains("/CreationDate(D:20270301000000Z')", text, StringComparison.Ordinal);
        Assert.DoesNotContain("44E8B7DE", text, StringComparison.Ordinal);
        Assert.DoesNotContain("32FFF1BD", text, StringComparison.Ordinal);
        Assert.Contains("\u00e2\u00e3", text, StringComparison.Ordinal);
    }

    [Fact]
    public void DifferentContentGetsADifferentIdentifier()
    {
        var date = new DateOnly(2027, 3, 1);
        var one = Encoding.Latin1.GetString(ReproduciblePdf.Normalize(Pdf("20261202063916", "44E8B7DE4E0B36525330B41B4C29197A", "32FFF1BDBE56280452FC4F20DB7C3A85"), date));
        var other = Encoding.Latin1.GetString(ReproduciblePdf.Normalize(Pdf("20261202063916", "44E8B7DE4E0B36525330B41B4C29197A", "32FFF1BDBE56280452FC4F20DB7C3A85").Concat("% more\n"u8.ToArray()).ToArray(), date));

        Assert.NotEqual(Identifier(one), Identifier(other));
        Assert.DoesNotContain("00000000000000000000000000000000", one, StringComparison.Ordinal);
    }

    private static string Identifier(string pdf) => pdf.Substring(pdf.IndexOf("/ID [ <", StringComparison.Ordinal) + 7, 32);
}
