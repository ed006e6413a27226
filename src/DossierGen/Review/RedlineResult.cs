namespace DossierGen.Review;

/// <summary>A redline document and what it holds: how many tracked changes it holds and how many comments name their causes.</summary>
public sealed record RedlineResult(byte[] Document, int Revisions, int Comments);
