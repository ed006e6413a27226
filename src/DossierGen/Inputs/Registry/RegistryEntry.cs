using DossierGen.Diagnostics;

namespace DossierGen.Inputs.Registry;

/// <summary>One row of a CDMO's customer registry: a customer's product in one market, relying on one master file.</summary>
/// <param name="Authorised">When the customer's reference to the master file was authorised in this market (letter of authorisation, JP registrant contract), or null.</param>
public sealed record RegistryEntry(
    string Customer,
    string Product,
    string Modality,
    string MasterFile,
    Market Market,
    Stage Stage,
    DateOnly? Authorised,
    SourceLocation Location);
