using System.Text;
using DossierGen.Diagnostics;

namespace DossierGen.Inputs;

/// <summary>Reads a user's file as strict UTF-8, refusing missing, oversized, empty and mis-encoded files with a located diagnostic.</summary>
public static class TextFileReader
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public static string? Read(string path, long maxBytes, DiagnosticBag diagnostics, SourceLocation? referencedFrom = null)
    {
        ArgumentNullException.ThrowIfNull(diagnostics);
        byte[] bytes;
        try
        {
            var info = new FileInfo(path);
            if (!info.Exists)
            {
                diagnostics.Error(DiagnosticCodes.FileNotFound, referencedFrom ?? SourceLocation.StartOf(path), $"file '{path}' does not exist");
                return null;
            }

            if (info.Length > maxBytes)
            {
                diagnostics.Error(DiagnosticCodes.FileTooLarge, SourceLocation.StartOf(path), $"the file is {info.Length:N0} bytes; DossierGen reads files of at most {maxBytes:N0} bytes");
                return null;
            }

            bytes = File.ReadAllBytes(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            diagnostics.Error(DiagnosticCodes.FileNotFound, referencedFrom ?? SourceLocation.StartOf(path), $"file '{path}' cannot be read: {e.Message}");
            return null;
        }

        return Decode(path, bytes, diagnostics);
    }

    public static string? Decode(string path, ReadOnlySpan<byte> bytes, DiagnosticBag diagnostics)
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

        if (string.IsNullOrWhiteSpace(text))
        {
            diagnostics.Error(DiagnosticCodes.EmptyFile, SourceLocation.StartOf(path), "the file is empty");
            return null;
        }

        if (text.Contains('\0', StringComparison.Ordinal))
        {
            diagnostics.Error(DiagnosticCodes.InvalidUtf8, LocateChar(path, text, text.IndexOf('\0', StringComparison.Ordinal)), "the file contains a NUL character; it is binary, not a YAML text file");
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
