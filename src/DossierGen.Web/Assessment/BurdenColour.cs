using DossierGen.Assessment;
using DossierGen.Inputs;

namespace DossierGen.Web.Assessment;

/// <summary>
/// A procedure's place on its market's scale as one of six colour classes, burden-5 the heaviest:
/// markets have scales of different lengths, so the colour says "how heavy here", not the rank.
/// </summary>
public static class BurdenColour
{
    public static string ClassOf(Market market, Stage stage, string procedure)
    {
        var scale = ProcedureScale.For(market, stage);
        if (!scale.Contains(procedure) || scale.Procedures.Count < 2)
        {
            return "burden-5";
        }

        var lightness = (double)scale.Rank(procedure) / (scale.Procedures.Count - 1);
        return $"burden-{5 - (int)Math.Round(lightness * 5)}";
    }
}
