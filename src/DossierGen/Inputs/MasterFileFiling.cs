namespace DossierGen.Inputs;

/// <param name="Content">What the filing holds (drug-substance, starting-material ...); null where the market does not classify it.</param>
public sealed record MasterFileFiling(Market Market, string Number, string? Content);
