namespace DossierGen.Rules;

public enum RulePhase
{
    /// <summary>Decides a change's procedure from its facts; the most burdensome procedure among firing rules wins.</summary>
    Classify,

    /// <summary>
    /// Runs after classification and may replace the procedure (an approved comparability protocol,
    /// PACMP or change plan lowers it). It sees the classified procedure as the fact <c>decision.procedure</c>.
    /// </summary>
    Adjust,
}
