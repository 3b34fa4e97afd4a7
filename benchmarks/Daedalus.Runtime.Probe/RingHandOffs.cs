using Daedalus.Runtime;

namespace Daedalus.Probe;

/// <summary>
/// One producer thread and one consumer thread on a blocking <see cref="SpscRing{T}"/>: at capacity 1 or 2
/// nearly every item is a hand-off, so this shows what waiting costs (system time is sleeping and waking).
/// </summary>
internal static class RingHandOffs
{
    public static void Run(int items)
    {
        HandOff(items / 10, 1); // warm-up
        Console.WriteLine($"Blocking SpscRing<int>, {items:N0} items, one producer and one consumer thread (load average {Usage.LoadAverage()})");
        foreach (var capacity in new[] { 1, 2, 64 })
        {
            var usage = Usage.Of(() => HandOff(items, capacity));
            Console.WriteLine($"  capacity {capacity,-3} {usage}  {usage.Wall.TotalNanoseconds / items,7:0} ns/item");
        }
        Console.WriteLine($"  (load average {Usage.LoadAverage()} at the end)");
    }

    private static void HandOff(int items, int capacity)
    {
        var ring = new SpscRing<int>("producer.Out->consumer.In", capacity, Overflow.Block);
        var producer = new Thread(() =>
        {
            for (var i = 0; i < items; i++) ring.Write(i);
            ring.Complete();
        });
        producer.Start();
        var expected = 0;
        while (ring.WaitToRead())
        {
            while (ring.TryRead(out var item))
            {
                if (item != expected) throw new InvalidOperationException($"Read {item} where {expected} was due.");
                expected++;
            }
        }
        producer.Join();
        if (expected != items) throw new InvalidOperationException($"Read {expected} of {items} items.");
    }
}
