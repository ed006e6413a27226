namespace DossierGen.Review.Reading;

/// <summary>What all parts of one package may decompress to together: many entries just under the part bound are a bomb too.</summary>
internal sealed class PackageBudget(WordInputLimits limits)
{
    private long _spent;

    public void Spend(string part, long bytes)
    {
        _spent += bytes;
        if (_spent > limits.TotalBytes)
        {
            throw new UnreadablePartException(part, $"the parts together decompress to more than {MeasuredEntryStream.Mib(limits.TotalBytes)}, more than DossierGen reads from one document");
        }
    }
}
