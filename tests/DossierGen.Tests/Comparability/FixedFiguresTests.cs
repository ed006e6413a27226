using DossierGen.Templates.Comparability;

namespace DossierGen.Tests.Comparability;

/// <summary>The significant figures rule the README documents: from the data's own precision, one more for statistics, invariant.</summary>
public sealed class FixedFiguresTests
{
    [Theory]
    [InlineData(new[] { 1.21e13, 1.3e13 }, 3)]
    [InlineData(new[] { 98.0, 95.0 }, 2)]
    [InlineData(new[] { 98.0, 104.0 }, 3)]
    [InlineData(new[] { 38.2, 41.5 }, 3)]
    [InlineData(new[] { 0.05, 0.1 }, 2)]
    [InlineData(new[] { 100.0 }, 3)]
    [InlineData(new[] { 1.234567891 }, 6)]
    public void TheFiguresAreTheMostAnyResultIsWrittenWithWithinTwoAndSix(double[] values, int figures) =>
        Assert.Equal(figures, FixedFigures.Of(values));

    [Theory]
    [InlineData(1.2807e13, 4, "1.281 × 10¹³")]
    [InlineData(9.9996e12, 3, "1.00 × 10¹³")]
    [InlineData(90.14, 4, "90.14")]
    [InlineData(-0.79764, 4, "−0.7976")]
    [InlineData(1234.5, 2, "1200")]
    [InlineData(0.00012, 2, "1.2 × 10⁻⁴")]
    [InlineData(0.0, 3, "0")]
    public void ANumberIsWrittenToItsFiguresPlainlyOrWithAPowerOfTen(double value, int figures, string text)
    {
        var culture = Thread.CurrentThread.CurrentCulture;
        Thread.CurrentThread.CurrentCulture = new System.Globalization.CultureInfo("de-DE");
        try
        {
            Assert.Equal(text, FixedFigures.Format(value, figures));
        }
        finally
        {
            Thread.CurrentThread.CurrentCulture = culture;
        }
    }
}
