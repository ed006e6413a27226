namespace DossierGen.Exports;

/// <summary>
/// Keeps user text from being run as a formula when a tracker opens it: Excel, LibreOffice and
/// Google Sheets evaluate a cell that starts with <c>= + - @</c> (and treat a leading tab or carriage
/// return the same way), so such a cell gets a leading apostrophe, the spreadsheet convention for
/// "this is text" (OWASP's CSV injection advice).
/// </summary>
public static class SpreadsheetText
{
    public static string Neutralised(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return text.Length > 0 && text[0] is '=' or '+' or '-' or '@' or '\t' or '\r' ? "'" + text : text;
    }
}
