using System.Globalization;
using DossierGen.Templates.Regional;

namespace DossierGen.Tests.Templates.Regional;

public sealed class RegionalDatesTests
{
    [Fact]
    public void EachRegionWritesTheDateItsOwnWayWhateverTheMachinesCulture()
    {
        var before = CultureInfo.CurrentCulture;
        try
        {
            CultureInfo.CurrentCulture = new CultureInfo("de-DE");
            var date = new DateOnly(2027, 3, 1);

            Assert.Equal("2027年3月1日", RegionalDates.Japanese(date));
            Assert.Equal("March 1, 2027", RegionalDates.American(date));
            Assert.Equal("1 March 2027", RegionalDates.European(date));
        }
        finally
        {
            CultureInfo.CurrentCulture = before;
        }
    }
}
