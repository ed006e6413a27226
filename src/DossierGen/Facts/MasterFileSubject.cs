using DossierGen.Inputs;

namespace DossierGen.Facts;

/// <summary>
/// Whether a master file describes what a change changes: a starting material the file covers, the
/// packaging of a packaging file, the excipients of an excipient file, the facility of a facility file.
/// Only then can the file stand in for the change's own evidence.
/// </summary>
public static class MasterFileSubject
{
    public static bool Covers(MasterFile file, Change change, Market market)
    {
        ArgumentNullException.ThrowIfNull(file);
        ArgumentNullException.ThrowIfNull(change);
        var content = file.FilingIn(market)?.Content;
        return change.Kind switch
        {
            "starting-material" => change.Fact("item") is FactValue.Text item && file.CoveredItems.Contains(item.Value),
            "container-closure" => content == "packaging",
            "formulation" => content == "excipient",
            "site" => content == "facility",
            _ => false,
        };
    }
}
