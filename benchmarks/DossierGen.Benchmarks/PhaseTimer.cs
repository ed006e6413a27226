using System.Diagnostics;

namespace DossierGen.Benchmarks;

/// <summary>
/// Times named phases over repeated rounds and reports each phase's best and median time and the
/// bytes it allocated, with the process's CPU time (the garbage collector's threads included):
/// on a shared machine the best of several rounds, and CPU time, are the steadiest figures.
/// </summary>
internal sealed class PhaseTimer
{
    private readonly Dictionary<string, List<(double Milliseconds, double CpuMilliseconds, long Bytes)>> _phases = [];
    private readonly List<string> _order = [];

    public T Time<T>(string phase, Func<T> work)
    {
        var bytes = GC.GetAllocatedBytesForCurrentThread();
        using var process = Process.GetCurrentProcess();
        var cpu = process.TotalProcessorTime;
        var watch = Stopwatch.StartNew();
        var result = work();
        var elapsed = watch.Elapsed.TotalMilliseconds;
        process.Refresh();
        var cpuElapsed = (process.TotalProcessorTime - cpu).TotalMilliseconds;
        if (!_phases.TryGetValue(phase, out var times))
        {
            _phases[phase] = times = [];
            _order.Add(phase);
        }

        times.Add((elapsed, cpuElapsed, GC.GetAllocatedBytesForCurrentThread() - bytes));
        return result;
    }

    public void Report(TextWriter output)
    {
        foreach (var phase in _order)
        {
            var times = _phases[phase].Select(t => t.Milliseconds).Order().ToList();
            var cpu = _phases[phase].Select(t => t.CpuMilliseconds).Order().ToList();
            var bytes = _phases[phase][^1].Bytes;
            output.WriteLine($"{phase,-36} best {times[0],7:F1} ms  median {times[times.Count / 2],7:F1} ms  CPU (all threads) best {cpu[0],7:F1} ms  median {cpu[cpu.Count / 2],7:F1} ms  {bytes / 1024.0 / 1024.0,6:F1} MB allocated");
        }
    }
}
