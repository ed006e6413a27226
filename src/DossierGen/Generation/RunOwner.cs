using System.ComponentModel;
using System.Diagnostics;
using System.Globalization;

namespace DossierGen.Generation;

/// <summary>
/// The process a staging folder, set-aside folder or swap journal belongs to: its id and the
/// second it started, so that a later process that happens to get the same id (common in
/// containers, where every run may be process 7) is not mistaken for the owner.
/// </summary>
/// <param name="StartedAt">Unix seconds; null for the names DossierGen wrote before it recorded them.</param>
public readonly record struct RunOwner(int ProcessId, long? StartedAt)
{
    // Process start times are derived from clock ticks and boot time; allow for rounding.
    private const long StartToleranceSeconds = 2;

    public static RunOwner Current { get; } = OfCurrentProcess();

    /// <summary>How the owner appears in file names: <c>pid-start</c>, or the bare <c>pid</c> of older names.</summary>
    public string Token => StartedAt is { } start
        ? string.Create(CultureInfo.InvariantCulture, $"{ProcessId}-{start}")
        : ProcessId.ToString(CultureInfo.InvariantCulture);

    public static RunOwner? Parse(string token)
    {
        ArgumentNullException.ThrowIfNull(token);
        var parts = token.Split('-');
        if (parts.Length is < 1 or > 2 || !int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var pid))
        {
            return null;
        }

        if (parts.Length == 1)
        {
            return new RunOwner(pid, null);
        }

        return long.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var start) ? new RunOwner(pid, start) : null;
    }

    /// <summary>Whether the owner may still be running; when that cannot be told, it is taken to be, so nothing of a live run is touched.</summary>
    public bool IsAlive()
    {
        if (this == Current || (ProcessId == Current.ProcessId && StartedAt is null))
        {
            return true;
        }

        try
        {
            using var process = Process.GetProcessById(ProcessId);
            return !process.HasExited && (StartedAt is not { } start || Math.Abs(StartSeconds(process) - start) <= StartToleranceSeconds);
        }
        catch (ArgumentException)
        {
            return false;
        }
        catch (Exception e) when (e is InvalidOperationException or Win32Exception or NotSupportedException)
        {
            return true;
        }
    }

    public static RunOwner Of(Process process)
    {
        ArgumentNullException.ThrowIfNull(process);
        return new RunOwner(process.Id, StartSeconds(process));
    }

    private static RunOwner OfCurrentProcess()
    {
        using var process = Process.GetCurrentProcess();
        return Of(process);
    }

    private static long StartSeconds(Process process) => new DateTimeOffset(process.StartTime.ToUniversalTime()).ToUnixTimeSeconds();
}
