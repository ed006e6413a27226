using System.IO.Compression;
using System.Xml;

namespace DossierGen.Review.Reading;

/// <summary>
/// Proves that bytes are a Word document DossierGen's readers can take as given, reading each
/// entry once, forward only, within <see cref="WordInputLimits"/>: a zip whose entries decompress
/// to what their checksums say; XML parts that are well-formed, without a DTD, not too deep, with
/// readable numbers; relationships that stay inside the package and reach existing parts; a main
/// document with a body. The first problem found is returned with the part it is in.
/// </summary>
public static class WordPackageCheck
{
    private const string ContentTypesPart = "[Content_Types].xml";
    private const string PackageRelationshipsPart = "_rels/.rels";
    private const string OfficeDocument = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument";

    private static readonly System.Buffers.SearchValues<char> SchemeCharacters =
        System.Buffers.SearchValues.Create("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789+-.");

    private static readonly HashSet<string> MainContentTypes = new(StringComparer.OrdinalIgnoreCase)
    {
        "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml",
        "application/vnd.openxmlformats-officedocument.wordprocessingml.template.main+xml",
        "application/vnd.ms-word.document.macroEnabled.main+xml",
        "application/vnd.ms-word.template.macroEnabledTemplate.main+xml",
    };

    /// <returns>The first problem, or null when the bytes are a readable Word document.</returns>
    public static WordDocumentProblem? Check(byte[] docx, WordInputLimits? limits = null)
    {
        ArgumentNullException.ThrowIfNull(docx);
        try
        {
            Run(docx, limits ?? WordInputLimits.Default);
            return null;
        }
        catch (UnreadablePartException e)
        {
            return new WordDocumentProblem(e.Part, e.Reason);
        }
    }

    private static void Run(byte[] docx, WordInputLimits limits)
    {
        if (docx.Length > limits.FileBytes)
        {
            throw new UnreadablePartException("", $"the file is larger than {MeasuredEntryStream.Mib(limits.FileBytes)}, more than DossierGen reads as a Word document");
        }

        using var zip = OpenZip(docx, limits);
        var entries = new Dictionary<string, ZipArchiveEntry>(StringComparer.OrdinalIgnoreCase);
        foreach (var entry in zip.Entries)
        {
            // Part names are case-insensitive: a second "WORD/Document.xml" would make it ambiguous which one is read.
            if (!entries.TryAdd(entry.FullName, entry))
            {
                throw new UnreadablePartException(entry.FullName, "appears twice in the zip");
            }

            if (entry.Length > limits.PartBytes)
            {
                throw new UnreadablePartException(entry.FullName, $"says it decompresses to {entry.Length:N0} bytes, more than the {MeasuredEntryStream.Mib(limits.PartBytes)} DossierGen reads from one part");
            }
        }

        // Honest headers that add up to too much are refused before anything is decompressed; lying ones are caught while decompressing.
        if (entries.Values.Sum(e => e.Length) > limits.TotalBytes)
        {
            throw new UnreadablePartException("", $"the parts together say they decompress to more than {MeasuredEntryStream.Mib(limits.TotalBytes)}, more than DossierGen reads from one document");
        }

        var budget = new PackageBudget(limits);
        var contentTypes = entries.TryGetValue(ContentTypesPart, out var types)
            ? Scan(types, limits, budget)
            : throw new UnreadablePartException(ContentTypesPart, "is missing; every Word document has one");
        var rootRelationships = entries.TryGetValue(PackageRelationshipsPart, out var rels)
            ? Scan(rels, limits, budget)
            : throw new UnreadablePartException(PackageRelationshipsPart, "is missing; every Word document has one");
        var main = MainPart(rootRelationships, entries);
        var scans = new Dictionary<string, XmlPartScan>(StringComparer.OrdinalIgnoreCase)
        {
            [ContentTypesPart] = contentTypes,
            [PackageRelationshipsPart] = rootRelationships,
        };
        foreach (var entry in zip.Entries.Where(e => !scans.ContainsKey(e.FullName)))
        {
            if (IsXml(entry.FullName, contentTypes))
            {
                scans[entry.FullName] = Scan(entry, limits, budget);
            }
            else
            {
                using var stream = Open(entry, limits, budget);
                stream.Drain();
            }
        }

        foreach (var (part, scan) in scans.Where(s => IsRelationships(s.Key)))
        {
            CheckRelationships(part, scan, entries, contentTypes);
        }

        CheckMain(main, scans, contentTypes);
    }

    private static ZipArchive OpenZip(byte[] docx, WordInputLimits limits)
    {
        try
        {
            var zip = new ZipArchive(new MemoryStream(docx, writable: false), ZipArchiveMode.Read);
            if (zip.Entries.Count > limits.Entries)
            {
                zip.Dispose();
                throw new UnreadablePartException("", $"the zip holds more than {limits.Entries:N0} entries, more than DossierGen reads from one Word document");
            }

            return zip;
        }
        catch (Exception e) when (e is InvalidDataException or ArgumentException or IOException or NotSupportedException)
        {
            throw new UnreadablePartException("", $"the file is not a zip package, which every .docx is ({e.Message})");
        }
    }

    private static MeasuredEntryStream Open(ZipArchiveEntry entry, WordInputLimits limits, PackageBudget budget)
    {
        try
        {
            return new MeasuredEntryStream(entry.Open(), entry.FullName, entry.Crc32, limits, budget);
        }
        catch (Exception e) when (e is InvalidDataException or IOException or NotSupportedException)
        {
            throw new UnreadablePartException(entry.FullName, $"cannot be decompressed ({e.Message})");
        }
    }

    private static XmlPartScan Scan(ZipArchiveEntry entry, WordInputLimits limits, PackageBudget budget)
    {
        using var stream = Open(entry, limits, budget);
        var scan = XmlPartScanner.Scan(stream, entry.FullName, limits.Depth);
        stream.Drain();
        return scan;
    }

    private static bool IsRelationships(string part) => part.EndsWith(".rels", StringComparison.OrdinalIgnoreCase);

    /// <summary>Every part the SDK may parse as XML: relationships, and whatever the content types call XML.</summary>
    private static bool IsXml(string part, XmlPartScan contentTypes) =>
        IsRelationships(part) || part.EndsWith(".xml", StringComparison.OrdinalIgnoreCase) || ContentType(part, contentTypes) is { } type
            && (type.EndsWith("+xml", StringComparison.OrdinalIgnoreCase) || type.EndsWith("/xml", StringComparison.OrdinalIgnoreCase));

    private static string? ContentType(string part, XmlPartScan contentTypes)
    {
        foreach (var (name, type) in contentTypes.Overrides)
        {
            if (string.Equals(PartName(name), part, StringComparison.OrdinalIgnoreCase))
            {
                return type;
            }
        }

        var extension = Path.GetExtension(part);
        return extension.Length > 1 && contentTypes.Defaults.TryGetValue(extension[1..], out var byExtension) ? byExtension : null;
    }

    /// <summary>An Override's part name ("/word/media/image%201.png") as a zip entry name.</summary>
    private static string PartName(string uri) => Uri.UnescapeDataString(uri).TrimStart('/');

    private static string MainPart(XmlPartScan rootRelationships, Dictionary<string, ZipArchiveEntry> entries)
    {
        var main = rootRelationships.Relationships.Where(r => r.Type == OfficeDocument && r.TargetMode != "External").ToList();
        return main.Count switch
        {
            0 => throw new UnreadablePartException(PackageRelationshipsPart, "names no main document part, so this is not a Word document"),
            > 1 => throw new UnreadablePartException(PackageRelationshipsPart, "names more than one main document part"),
            _ => Resolve(PackageRelationshipsPart, main[0]) is { } path && entries.ContainsKey(path)
                ? path
                : throw new UnreadablePartException(Resolve(PackageRelationshipsPart, main[0]) ?? PackageRelationshipsPart, "is the main document part, but the zip does not hold it"),
        };
    }

    private static void CheckMain(string main, Dictionary<string, XmlPartScan> scans, XmlPartScan contentTypes)
    {
        var type = ContentType(main, contentTypes);
        if (type is null || !MainContentTypes.Contains(type))
        {
            throw new UnreadablePartException(main, $"is not a WordprocessingML main document (its content type is '{type ?? "none"}')");
        }

        var scan = scans[main];
        if (scan.RootNamespace != Word.Xml.Wml.MainNamespace || scan.RootName != "document")
        {
            throw new UnreadablePartException(main, $"has the root element '{scan.RootName}' where a Word document has w:document");
        }

        if (!scan.WordChildren.Contains("body"))
        {
            throw new UnreadablePartException(main, "has no w:body, so there is no text to read");
        }
    }

    private static void CheckRelationships(string part, XmlPartScan scan, Dictionary<string, ZipArchiveEntry> entries, XmlPartScan contentTypes)
    {
        var ids = new HashSet<string>(StringComparer.Ordinal);
        foreach (var relationship in scan.Relationships)
        {
            var where = $"relationship '{relationship.Id}' (line {relationship.Line})";
            if (!IsName(relationship.Id) || !ids.Add(relationship.Id))
            {
                throw new UnreadablePartException(part, $"{where} needs an id of its own that is an XML name");
            }

            if (relationship.Type.Length == 0 || relationship.Target.Length == 0 || relationship.TargetMode is not ("Internal" or "External")
                || !Uri.TryCreate(relationship.Target, UriKind.RelativeOrAbsolute, out _))
            {
                throw new UnreadablePartException(part, $"{where} lacks a type, has a target that is not a URI, or a target mode other than Internal or External");
            }

            if (relationship.TargetMode == "External")
            {
                continue;
            }

            var target = Resolve(part, relationship)
                ?? throw new UnreadablePartException(part, $"{where} points outside the package ('{relationship.Target}')");
            if (!entries.ContainsKey(target) || ContentType(target, contentTypes) is null)
            {
                throw new UnreadablePartException(target, $"is the target of {where} in {part}, but the zip does not hold it as a part");
            }
        }
    }

    private static bool IsName(string id)
    {
        try
        {
            XmlConvert.VerifyNCName(id);
            return true;
        }
        catch (XmlException)
        {
            return false;
        }
    }

    /// <summary>
    /// The zip entry an internal relationship points at, resolved against the folder of the part the
    /// .rels file belongs to ("word/_rels/document.xml.rels" resolves against "word/"); null when the
    /// target is absolute or climbs above the package root.
    /// </summary>
    private static string? Resolve(string relationshipsPart, PackageRelationship relationship)
    {
        if (HasScheme(relationship.Target))
        {
            return null;
        }

        var target = Uri.UnescapeDataString(relationship.Target);
        var folder = relationshipsPart.LastIndexOf("_rels/", StringComparison.OrdinalIgnoreCase) is var at and >= 0 ? relationshipsPart[..at] : "";
        var segments = new List<string>();
        foreach (var segment in ((target.StartsWith('/') ? "" : folder) + target).Split('/'))
        {
            switch (segment)
            {
                case "" or ".":
                    break;
                case "..":
                    if (segments.Count == 0)
                    {
                        return null;
                    }

                    segments.RemoveAt(segments.Count - 1);
                    break;
                default:
                    segments.Add(segment);
                    break;
            }
        }

        return segments.Count == 0 ? null : string.Join('/', segments);
    }

    /// <summary>True for "file:///etc/passwd" or "http://x": a target that names something outside the package.</summary>
    private static bool HasScheme(string target)
    {
        var colon = target.IndexOf(':', StringComparison.Ordinal);
        return colon > 0 && char.IsAsciiLetter(target[0]) && target.AsSpan(0, colon).IndexOfAnyExcept(SchemeCharacters) < 0;
    }}
