namespace DossierGen.Inputs;

/// <summary>The markets DossierGen files in. The order is the contract's output order: US, EU, JP.</summary>
public enum Market
{
    US,
    EU,
    JP,
}
