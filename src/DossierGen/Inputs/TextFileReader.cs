using System.Text;
using DossierGen.Diagnostics;

namespace DossierGen.Inputs;

/// <summary>Reads a user's file as strict UTF-8, refusing missing, oversized, empty and mis-encoded files with a located diagnostic.</summary>
public static class TextFileReader
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <param name="allowEmpty">True for files that may be empty (a template); YAML files may not.</param>
    public static string? Read(string path, long maxBytes, DiagnosticBag diagnostics, SourceLocation? referencedFrom = null, bool allowEmpty = false)
    {
        ArgumentNullException.ThrowIfNull(diagnostics);
        var bytes = InputFile.ReadBytes(path, maxBytes, diagnostics, referencedFrom);
        return bytes is null ? null : Decode(path, bytes, diagnostics, allowEmpty);
    }

    public static string? Decode(string path, ReadOnlySpan<byte> bytes, DiagnosticBag diagnostics, bool allowEmpty = false)
    {
        ArgumentNullException.ThrowIfNull(diagnostics);
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            bytes = bytes[3..];
        }
        else if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]) || bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            diagnostics.Error(DiagnosticCodes.InvalidUtf8, SourceLocation.StartOf(path), "the file is UTF-16; save it as UTF-8");
            return null;
        }

        string text;
        try
        {
            text = StrictUtf8.GetString(bytes);
        }
        catch (DecoderFallbackException)
        {
            diagnostics.Error(DiagnosticCodes.InvalidUtf8, LocateInvalidByte(path, bytes), "the file is not valid UTF-8 from here; save it as UTF-8");
            return null;
        }

        if (!allowEmpty && string.IsNullOrWhiteSpace(text))
        {
            diagnostics.Error(DiagnosticCodes.EmptyFile, SourceLocation.StartOf(path), "the file is empty");
            return null;
        }

        if (text.Contains('\0', StringComparison.Ordinal))
        {
            diagnostics.Error(DiagnosticCodes.InvalidUtf8, LocateChar(path, text, text.IndexOf('\0', StringComparison.Ordinal)), "the file contains a NUL character; it is binary, not a text file");
            return null;
        }

        return text;
    }

    private static SourceLocation LocateInvalidByte(string path, ReadOnlySpan<byte> bytes)
    {
        var line = 1;
        var column = 1;
        while (!bytes.IsEmpty && Rune.DecodeFromUtf8(bytes, out var rune, out var consumed) == System.Buffers.OperationStatus.Done)
        {
            (line, column) = rune.Value == '\n' ? (line + 1, 1) : (line, column + 1);
            bytes = bytes[consumed..];
        }

        return new SourceLocation(path, line, column);
    }

    private static SourceLocation LocateChar(string path, string text, int index)
    {
        var line = 1 + text.AsSpan(0, index).Count('\n');
        var lastBreak = text.LastIndexOf('\n', Math.Max(0, index - 1));
        return new SourceLocation(path, line, index - lastBreak);
    }
}
