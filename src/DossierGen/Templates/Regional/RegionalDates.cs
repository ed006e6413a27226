using System.Globalization;
using DossierGen.Inputs;

namespace DossierGen.Templates.Regional;

/// <summary>
/// Dates as a regional document writes them: a US letter "March 1, 2027", an EU form "1 March
/// 2027", a Japanese form 2027年3月1日 (no zero padding, no spaces). Month names are English
/// whatever the machine's culture, so output stays the same everywhere.
/// </summary>
public static class RegionalDates
{
    public static string Japanese(DateOnly date) => string.Create(CultureInfo.InvariantCulture, $"{date.Year}年{date.Month}月{date.Day}日");

    public static string American(DateOnly date) => date.ToString("MMMM d, yyyy", CultureInfo.InvariantCulture);

    public static string European(DateOnly date) => date.ToString("d MMMM yyyy", CultureInfo.InvariantCulture);

    /// <summary>The long date of a market's documents (the assessment, with no market, writes the European form).</summary>
    public static string Written(DateOnly date, Market? market) => market switch
    {
        Market.US => American(date),
        Market.JP => Japanese(date),
        _ => European(date),
    };
}
