namespace DossierGen.Word.Captions;

/// <summary>The numbers of one document's captions, counted per kind from 1 in document order.</summary>
public sealed class CaptionCounter
{
    private readonly Dictionary<CaptionKind, int> _last = [];

    public int Next(CaptionKind kind) => _last[kind] = _last.GetValueOrDefault(kind) + 1;
}
