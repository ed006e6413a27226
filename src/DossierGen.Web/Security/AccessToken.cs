using System.Security.Cryptography;
using System.Text;

namespace DossierGen.Web.Security;

/// <summary>
/// The per-run secret that stands between the workbench and every other program or web page on
/// the machine: loopback alone does not stop a browser tab from another site calling 127.0.0.1.
/// </summary>
public sealed class AccessToken
{
    private readonly byte[] _bytes;

    public AccessToken(string value)
    {
        ArgumentException.ThrowIfNullOrEmpty(value);
        Value = value;
        _bytes = Encoding.UTF8.GetBytes(value);
    }

    public string Value { get; }

    /// <summary>256 random bits, URL-safe, so the token can sit in the printed URL as it is.</summary>
    public static AccessToken Create() =>
        new(Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)).TrimEnd('=').Replace('+', '-').Replace('/', '_'));

    /// <summary>Compares in constant time, so response timing tells an attacker nothing about the token.</summary>
    public bool Matches(string? candidate) =>
        candidate is not null && CryptographicOperations.FixedTimeEquals(_bytes, Encoding.UTF8.GetBytes(candidate));
}
