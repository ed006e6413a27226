namespace DossierGen.Inputs;

/// <param name="JapanCategory">regenerative-medical-product or drug; null outside Japan.</param>
public sealed record ProductMarket(Market Market, Stage Stage, string? Application, string? JapanCategory);
