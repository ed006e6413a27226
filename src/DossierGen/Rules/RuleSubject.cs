namespace DossierGen.Rules;

public enum RuleSubject
{
    /// <summary>Evaluated once per change and market.</summary>
    Change,

    /// <summary>Evaluated per change, market and referenced master file; decides whether the file can supply evidence.</summary>
    MasterFile,
}
