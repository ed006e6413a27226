namespace DossierGen.Diagnostics;

/// <summary>
/// Every diagnostic code DossierGen reports. Codes are part of the public contract: scripts match
/// on them, so a code is never reused for a different fault. DG1xxx: input files; DG2xxx: rules;
/// DG3xxx: templates and generation; DG9xxx: command line and configuration.
/// </summary>
public static class DiagnosticCodes
{
    public const string FileNotFound = "DG1001";
    public const string EmptyFile = "DG1002";
    public const string InvalidUtf8 = "DG1003";
    public const string FileTooLarge = "DG1004";
    public const string YamlSyntax = "DG1005";
    public const string NestingTooDeep = "DG1006";
    public const string AliasExpansionTooLarge = "DG1007";
    public const string DuplicateKey = "DG1008";
    public const string MultipleDocuments = "DG1009";
    public const string MissingFormat = "DG1010";
    public const string UnsupportedFormat = "DG1011";
    public const string WrongFileKind = "DG1012";
    public const string PathOutsideRepository = "DG1013";

    public const string UnknownKey = "DG1101";
    public const string MissingRequiredKey = "DG1102";
    public const string WrongType = "DG1103";
    public const string ValueNotAllowed = "DG1104";
    public const string InvalidDate = "DG1105";
    public const string InvalidId = "DG1106";
    public const string InvalidVolume = "DG1107";
    public const string TooFewItems = "DG1108";
    public const string DuplicateItem = "DG1109";
    public const string ComplexKey = "DG1110";
    public const string UnrenderableMarkdown = "DG1111";

    public const string DuplicateChangeId = "DG1201";
    public const string ProductNotFound = "DG1202";
    public const string MasterFileNotFound = "DG1203";
    public const string AgreementCoversUnknownChange = "DG1204";
    public const string MarketNotInProduct = "DG1205";
    public const string AgreementMarketMismatch = "DG1206";
    public const string MasterFileIdMismatch = "DG1207";
    public const string AuthorizationWithoutFiling = "DG1208";
    public const string DuplicateMasterFileReference = "DG1209";

    public const string AgreementForClinicalMarket = "DG1210";
    public const string DateAfterImplementation = "DG1211";
    public const string NotReadableAsChange = "DG1215";

    public const string NumberOutOfRange = "DG1301";
    public const string NotExactlyOne = "DG1302";
    public const string DuplicateLotId = "DG1303";
    public const string DuplicateAttributeName = "DG1304";
    public const string ResultForUndeclaredLot = "DG1305";
    public const string ResultOfWrongKind = "DG1306";
    public const string DuplicateResult = "DG1307";
    public const string PairIncomplete = "DG1308";
    public const string PairDoesNotFitDesign = "DG1309";
    public const string LogOfNonPositive = "DG1310";
    public const string StudyCoversUnknownChange = "DG1311";
    public const string CsvBadHeader = "DG1312";
    public const string CsvUnknownAttribute = "DG1313";
    public const string CsvMalformedRow = "DG1314";
    public const string StudyFileNotFound = "DG1315";
    public const string LimitsReversed = "DG1316";
    public const string DuplicateStudy = "DG1317";
    public const string ChartBlockMalformed = "DG1318";
    public const string ChartBlockKey = "DG1319";
    public const string ChartBlockValue = "DG1320";
    public const string EditorConflict = "DG1701";
    public const string EditorNotRoundTrippable = "DG1702";
    public const string EditorPasteNoHeader = "DG1703";
    public const string EditorPasteUnknownLot = "DG1704";
    public const string EditorPasteBadNumber = "DG1705";
    public const string EditorPasteRaggedRow = "DG1706";
    public const string RegistryBadHeader = "DG1601";
    public const string RegistryMalformedRow = "DG1602";
    public const string RegistryBadValue = "DG1603";
    public const string RegistryDuplicateRow = "DG1604";

    public const string DuplicateRegisteredElement = "DG1401";
    public const string UnknownRegisteredElement = "DG1402";
    public const string RegisteredElementDoesNotFitKind = "DG1403";
    public const string ProposedValueNotComparable = "DG1404";
    public const string StatedContradictsRegistration = "DG1405";
    public const string RangeReversed = "DG1406";
    public const string ReportingCategoryNotAProcedure = "DG1407";
    public const string ReportingCategoryWithoutEc = "DG1408";
    public const string RegisteredMarketNotInProduct = "DG1409";
    public const string EcForClinicalMarket = "DG1410";

    public const string MalformedCondition = "DG2001";
    public const string UnknownFact = "DG2002";
    public const string UnknownOperator = "DG2003";
    public const string UnknownFactValue = "DG2004";
    public const string OperandTypeMismatch = "DG2005";
    public const string FactOutOfScope = "DG2006";
    public const string DuplicateRuleId = "DG2010";
    public const string InvalidProcedure = "DG2011";
    public const string InvalidCode = "DG2012";
    public const string RuleWithoutTests = "DG2014";
    public const string OverlappingRules = "DG2015";
    public const string ShadowedRule = "DG2016";
    public const string UnclassifiedSituation = "DG2017";
    public const string RuleFileInWrongFolder = "DG2018";
    public const string RuleOutcomeMismatch = "DG2019";
    public const string InvalidEffectivePeriod = "DG2020";
    public const string RulesFolderNotFound = "DG2021";
    public const string JapaneseTextMissing = "DG2022";
    public const string RuleTestRegistrationInvalid = "DG2030";
    public const string TestNamesUnknownRule = "DG2102";
    public const string TestWithoutRuleFile = "DG2103";

    public const string TemplateNotFound = "DG3001";
    public const string TemplateSyntax = "DG3002";
    public const string TemplateUnknownVariable = "DG3003";
    public const string TemplateMissingPartial = "DG3004";
    public const string InvalidReferenceDocument = "DG3005";
    public const string InvalidOutline = "DG3006";
    public const string OutputNotWritable = "DG3007";
    public const string NotAWordDocument = "DG3008";
    public const string DossierFolderNotReplaceable = "DG3013";
    public const string SwapInterrupted = "DG3014";
    public const string OutputNotARegularFile = "DG3015";
    public const string TemplateWrongUse = "DG3025";
    public const string TemplatePartialCycle = "DG3026";
    public const string NoTemplates = "DG3027";
    public const string NotAnIchSection = "DG3028";
    public const string NotTheIchTitle = "DG3029";
    public const string LibreOfficeNotFound = "DG3035";
    public const string PdfConversionTimedOut = "DG3036";
    public const string PdfConversionFailed = "DG3037";
    public const string UnreachableOutlineProcedure = "DG3050";
    public const string NotAGitRepository = "DG3060";
    public const string UnknownRevision = "DG3061";
    public const string NoApprovedDossier = "DG3062";
    public const string ReviewFolderNotEmpty = "DG3063";
    public const string PathOutsideServedFolder = "DG3070";
    public const string UnknownChangeFile = "DG3071";
    public const string RequestTooLarge = "DG3072";
    public const string BadRequest = "DG3073";
    public const string AccessDenied = "DG3074";
    public const string CrossSiteRequest = "DG3075";
    public const string HostNotAllowed = "DG3076";
    public const string NotFound = "DG3077";
    public const string ReviewFolderName = "DG3080";

    public const string ConfigurationFolderNotFound = "DG9001";
    public const string InvalidDateArgument = "DG9002";
    public const string UnknownCommandOrOption = "DG9003";
    public const string InvalidArgument = "DG9004";
    public const string NoChangeFiles = "DG9005";
    public const string UnknownIdArgument = "DG9006";

    /// <summary>One line per code, for documentation and for the README's table (kept equal by a test).</summary>
    public static IReadOnlyList<(string Code, string Meaning)> All { get; } =
    [
        (FileNotFound, "a file named on the command line or referenced from another file cannot be read or is not a regular file (a folder, a pipe, a device)"),
        (EmptyFile, "the file is empty or holds only comments"),
        (InvalidUtf8, "the file is not valid UTF-8"),
        (FileTooLarge, "the file is larger than DossierGen accepts for its kind"),
        (YamlSyntax, "the file is not well-formed YAML"),
        (NestingTooDeep, "mappings and lists nest deeper than any DossierGen format needs"),
        (AliasExpansionTooLarge, "YAML aliases expand to more nodes than any DossierGen format needs"),
        (DuplicateKey, "a key appears twice in one mapping"),
        (MultipleDocuments, "the file holds more than one YAML document"),
        (MissingFormat, "the file has no `format:` line"),
        (UnsupportedFormat, "the `format:` names a kind or version DossierGen does not read"),
        (WrongFileKind, "the file is of another kind than the place that references it expects"),
        (PathOutsideRepository, "a path in an input file cannot name a file, or a change file's path is absolute or leads outside the repository (which `allow-paths-outside: true` in dossiergen.yaml allows)"),
        (UnknownKey, "a key the format does not define"),
        (MissingRequiredKey, "a key the format requires is missing"),
        (WrongType, "a value of the wrong type (text, true/false, list, mapping)"),
        (ValueNotAllowed, "a value outside the format's enumeration"),
        (InvalidDate, "a date that is not a real calendar date written YYYY-MM-DD"),
        (InvalidId, "an id that is not 1-64 characters of A-Z a-z 0-9 . _ -"),
        (InvalidVolume, "a volume that cannot be read, such as `50 L` or `500 mL`"),
        (TooFewItems, "a list that must not be empty is empty"),
        (DuplicateItem, "the same value appears twice in a list that must hold distinct values"),
        (ComplexKey, "a mapping key that is not a plain value"),
        (UnrenderableMarkdown, "the description is Markdown DossierGen cannot render: nested more than 32 levels deep, or beyond Markdig's limits"),
        (DuplicateChangeId, "two changes in one file share an id"),
        (ProductNotFound, "the product file a change references cannot be found"),
        (MasterFileNotFound, "a master file a change references cannot be found"),
        (AgreementCoversUnknownChange, "an agreement covers a change id that the file does not define"),
        (MarketNotInProduct, "a market is named that the product is not filed in"),
        (AgreementMarketMismatch, "an agreement kind used in a market it does not exist in"),
        (MasterFileIdMismatch, "a master file's id differs from the id it was referenced by"),
        (AuthorizationWithoutFiling, "an authorization is held for a market the master file is not filed in"),
        (DuplicateMasterFileReference, "the same master file is referenced twice"),
        (AgreementForClinicalMarket, "an agreement is given for a market where the product is clinical, where it has no effect"),
        (DateAfterImplementation, "an agreement or authorization is dated after the change's implementation date"),
        (NotReadableAsChange, "a YAML file under a folder searched for changes looks like a change file but is not one (no or a mistyped `format:` line)"),
        (NumberOutOfRange, "a number outside its allowed range: a coverage or confidence not strictly between 0 and 1, an alpha not strictly between 0 and 0.5, a k or margin that is not greater than 0"),
        (NotExactlyOne, "a mapping that must hold exactly one of some keys holds none or several: a criterion with no kind or two, an equivalence with both `margin` and `margin-sd` or neither"),
        (DuplicateLotId, "two lots of a comparability study share an id"),
        (DuplicateAttributeName, "two attributes of a comparability study share a name"),
        (ResultForUndeclaredLot, "a result (in the study or its CSV) names a lot the study does not declare"),
        (ResultOfWrongKind, "a result that is not a finite number for a measured attribute, or a number for a `conforms` attribute"),
        (DuplicateResult, "a lot's result for an attribute is given twice (twice in the CSV, or in the study and the CSV)"),
        (PairIncomplete, "a pair of a paired study lacks its pre or its post lot, or holds more than one of either"),
        (PairDoesNotFitDesign, "a lot of a paired study has no `pair`, or a lot of an independent study has one"),
        (LogOfNonPositive, "a result of an attribute with `transform: log10` is 0 or negative"),
        (StudyCoversUnknownChange, "a comparability study covers a change id the change file that lists it does not define"),
        (CsvBadHeader, "a study's CSV data file does not start with the header `lot,attribute,value`"),
        (CsvUnknownAttribute, "a row of a study's CSV data file names an attribute the study does not declare"),
        (CsvMalformedRow, "a row of a study's CSV data file does not have exactly three fields"),
        (StudyFileNotFound, "a comparability study a change file lists, or a study's CSV data file, cannot be found"),
        (LimitsReversed, "a `limits` criterion whose lower limit is above its upper limit"),
        (DuplicateStudy, "a change file lists the same comparability study twice (the same file, or two files with one id)"),
        (ChartBlockMalformed, "a template wrote a `dossiergen-chart` block that is not a JSON or YAML mapping"),
        (ChartBlockKey, "a template's `dossiergen-chart` block has an unknown key, lacks one, or gives one a value of the wrong type"),
        (ChartBlockValue, "a template's `dossiergen-chart` block has a value out of range (a group not pre or post, a lower limit above the upper, a value that is not finite)"),
        (DuplicateRegisteredElement, "two registered elements of a product share an id"),
        (UnknownRegisteredElement, "a change names a registered element the product does not define"),
        (RegisteredElementDoesNotFitKind, "a change names a registered element of a type its kind cannot change (a specification from a site change)"),
        (ProposedValueNotComparable, "a change that names a registered element gives no proposed value, or one that cannot be compared with the registered value (a number against a text, another unit)"),
        (StatedContradictsRegistration, "a fact the change states (nature, jp-approval-form, in-dossier, material, action ...) disagrees with what the registered details derive for a market"),
        (RangeReversed, "a registered or proposed value whose low end is above its high end"),
        (ReportingCategoryNotAProcedure, "an established condition's reporting category is not a marketed procedure code of its market"),
        (ReportingCategoryWithoutEc, "a reporting category is given for an element that is not an established condition in that market"),
        (RegisteredMarketNotInProduct, "a registered element describes a market the product is not filed in"),
        (EcForClinicalMarket, "warning: an established condition is given for a market where the product is clinical, where a PLCM has no effect"),
        (RegistryBadHeader, "a customer registry CSV (`impact --registry`) has no header or its header lacks a column (customer, product, modality, master-file, market, stage, authorised)"),
        (RegistryMalformedRow, "a row of a customer registry CSV has a different number of fields from its header, or the CSV cannot be read"),
        (RegistryBadValue, "a field of a customer registry row is empty where it is required, or not a market, stage or YYYY-MM-DD date"),
        (RegistryDuplicateRow, "a customer registry lists the same customer's product, master file and market twice"),
        (MalformedCondition, "a rule condition is not all / any / not or a fact test with one operator"),
        (UnknownFact, "a rule tests a fact the fact catalogue does not define"),
        (UnknownOperator, "a rule condition uses an operator other than equals, in, at-least, at-most, exists"),
        (UnknownFactValue, "a rule compares a fact with a value it can never take"),
        (OperandTypeMismatch, "a rule compares a fact with a value of the wrong type (text, true/false, number)"),
        (FactOutOfScope, "a rule tests a fact it cannot see (a master-file fact outside a master-file rule, the decision outside an adjust rule)"),
        (DuplicateRuleId, "two rules share an id"),
        (InvalidProcedure, "a rule gives a procedure that does not exist for its market and stage"),
        (InvalidCode, "a classification code on a rule outside the EU, or a code whose dates do not fit"),
        (RuleWithoutTests, "a rule has no test case where it fires, or none where it does not"),
        (OverlappingRules, "two rules give different procedures in the same situation and neither is more specific"),
        (ShadowedRule, "a more specific rule gives a lighter procedure than a more general one, so it can never decide"),
        (UnclassifiedSituation, "a kind of change in a market and stage that no rule classifies"),
        (RuleFileInWrongFolder, "a rules file's market differs from its folder (fda = US, ema = EU, pmda = JP)"),
        (RuleOutcomeMismatch, "a rule's then does not fit its phase or subject (an adjust rule without a procedure, a master-file verdict on a change rule)"),
        (InvalidEffectivePeriod, "a rule's effective-from is after its effective-until"),
        (RulesFolderNotFound, "the rules folder does not exist or holds no rules"),
        (JapaneseTextMissing, "warning: a PMDA rule whose text the Japanese Module 1 summary shows has no Japanese (`title-ja` on a deciding rule with `verify`, `message-ja` on a finding), so the summary would show English"),
        (RuleTestRegistrationInvalid, "a rule test case's change names a registered element the case does not define, gives no proposed value, or is of a kind that cannot change it"),
        (TestNamesUnknownRule, "a rule test names a rule id that does not exist in its market"),
        (TestWithoutRuleFile, "a rule test file has no rules file beside it"),
        (TemplateNotFound, "a template the outline names does not exist"),
        (TemplateSyntax, "a template is not valid Scriban (or is a Handlebars template from before)"),
        (TemplateUnknownVariable, "a template uses a variable the dossier model does not have"),
        (TemplateMissingPartial, "a template uses a partial that does not exist"),
        (InvalidReferenceDocument, "the reference document cannot be read or lacks a style DossierGen writes"),
        (InvalidOutline, "templates/outline.yaml is malformed or names an unknown section, kind or evidence kind"),
        (OutputNotWritable, "the output folder cannot be written"),
        (NotAWordDocument, "a file given as a Word document cannot be read as one"),
        (DossierFolderNotReplaceable, "a change's dossier folder is not one DossierGen wrote (files its manifest does not list, an input, a .git or a link), so it is not replaced"),
        (SwapInterrupted, "an interrupted generate or batch left a swap of dossier folders that could not be completed or undone, or that check found unfinished"),
        (OutputNotARegularFile, "an output file's path names a symbolic link, a folder or a device, which DossierGen does not write through or over"),
        (TemplateWrongUse, "a template uses a value or function wrongly (a loop over text, a function given the wrong number of arguments), found by the linter or while rendering"),
        (TemplatePartialCycle, "partials include each other in a cycle"),
        (NoTemplates, "`templates lint` found no template in the folder (allow it with `--allow-empty`)"),
        (NotAnIchSection, "an outline section's Module 3 number is not an ICH M4Q section at eCTD leaf level, so it has no ICH title or eCTD folder"),
        (NotTheIchTitle, "an outline section's Module 3 title is not the ICH M4Q title of its number"),
        (LibreOfficeNotFound, "`--pdf` needs LibreOffice (soffice) and none was found on PATH, or DOSSIERGEN_SOFFICE does not name a file"),
        (PdfConversionTimedOut, "LibreOffice did not finish converting the documents to PDF in time and was stopped"),
        (PdfConversionFailed, "LibreOffice could not be started or did not write a PDF for a document"),
        (UnreachableOutlineProcedure, "an outline section's `procedures` names a procedure that none of its markets and stages has, so the section would never be written"),
        (NotAGitRepository, "`review` takes approved documents from git, and the change file is not in a git repository (or git is not installed)"),
        (UnknownRevision, "`review --since` names no commit"),
        (NoApprovedDossier, "`review`: the change's dossier folder held no Word document at the revision given"),
        (ReviewFolderNotEmpty, "`review -o` names a folder that holds files and is not a review pack written before"),
        (PathOutsideServedFolder, "`serve`: a path or change id in a request leads outside the served folder (a `..`, an absolute path, a hidden folder or a symbolic link out), so it is neither read nor written"),
        (UnknownChangeFile, "`serve`: a request names a file under the served folder that is not a change file"),
        (RequestTooLarge, "`serve`: a request body is larger than the workbench accepts"),
        (BadRequest, "`serve`: a request is malformed or lacks a value it needs"),
        (AccessDenied, "`serve`: a request without this run's access token (401) or with another one (403)"),
        (CrossSiteRequest, "`serve`: a request that changes something came from another page than the workbench's own"),
        (HostNotAllowed, "`serve`: a request addressed the workbench by another host name than 127.0.0.1 or localhost"),
        (NotFound, "`serve`: no page or file at the address requested"),
        (ReviewFolderName, "`review -o` names a folder whose name is not path-safe (letters, digits, `.`, `_` and `-`, at most 64 characters), which the pack is swapped in under"),
        (ConfigurationFolderNotFound, "a folder named in dossiergen.yaml does not exist"),
        (InvalidDateArgument, "a date given on the command line is not YYYY-MM-DD"),
        (UnknownCommandOrOption, "a command or option DossierGen does not have (with the nearest one)"),
        (InvalidArgument, "a command-line argument or option value is missing, one too many, or not of its kind (a number, one of a list, a folder)"),
        (NoChangeFiles, "`check`, `batch` or `impact` found no change file under the folder (allow it with `--allow-empty`)"),
        (UnknownIdArgument, "an id given on the command line names nothing DossierGen found (`impact --master-file`)"),
    ];
}
