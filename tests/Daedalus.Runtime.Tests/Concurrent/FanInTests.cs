namespace Daedalus.Runtime.Tests;

/// <summary>Several producer threads into one consumer, one ring each.</summary>
[Collection(ConcurrencyCollection.Name)]
public sealed class FanInTests
{
    private const int Producers = 4;
    private const int ItemsEach = 250_000;

    private static readonly string[] EdgeIds = Enumerable.Range(0, Producers).Select(p => $"source{p}.Out->merge.In").ToArray();

    // Item = producer * ItemsEach + sequence, so every item is distinct and names its producer.
    private static long ItemOf(int producer, int sequence) => (long)producer * ItemsEach + sequence;

    private static Action<CancellationToken>[] ProducerBodies(FanIn<long> fanIn) =>
        Enumerable.Range(0, Producers).Select(p => (Action<CancellationToken>)(stop =>
        {
            var ring = fanIn[p];
            for (var i = 0; i < ItemsEach; i++) ring.Write(ItemOf(p, i), stop);
            ring.Complete();
        })).ToArray();

    [Fact]
    public void Four_producers_into_block_edges_deliver_exactly_every_item()
    {
        var fanIn = new FanIn<long>(EdgeIds, 1024, Overflow.Block);
        long consumed = 0, sum = 0;
        var nextOf = new long[Producers];

        Concurrently.Run([.. ProducerBodies(fanIn), stop =>
        {
            var buffer = new long[256];
            while (fanIn.WaitToRead(stop))
            {
                var read = fanIn.TryReadMany(buffer);
                for (var i = 0; i < read; i++)
                {
                    var producer = (int)(buffer[i] / ItemsEach);
                    var sequence = buffer[i] % ItemsEach;
                    if (sequence != nextOf[producer]) Assert.Fail($"Producer {producer}: read {sequence} where {nextOf[producer]} was due.");
                    nextOf[producer]++;
                    sum += buffer[i];
                }
                consumed += read;
            }
        }]);

        const long total = (long)Producers * ItemsEach;
        var expectedSum = Enumerable.Range(0, Producers).Sum(p => (long)ItemsEach * p * ItemsEach + (long)ItemsEach * (ItemsEach - 1) / 2);
        Assert.Equal(total, consumed);
        Assert.Equal(expectedSum, sum);
        Assert.Equal(total, fanIn.Written);
        Assert.Equal(total, fanIn.Delivered);
        Assert.Equal(0, fanIn.Dropped);
        Assert.True(fanIn.IsCompleted);
        foreach (var ring in fanIn.Rings) Counts.AssertCounters(ring, ItemsEach, ItemsEach, 0, 0, 0);
    }

    [Theory]
    [InlineData(Overflow.DropOldest)]
    [InlineData(Overflow.DropNewest)]
    public void Four_producers_into_drop_edges_account_for_every_item(Overflow overflow)
    {
        var fanIn = new FanIn<long>(EdgeIds, 64, overflow);
        long consumed = 0;
        var lastOf = Enumerable.Repeat(-1L, Producers).ToArray();

        Concurrently.Run([.. ProducerBodies(fanIn), stop =>
        {
            while (fanIn.WaitToRead(stop))
            {
                while (fanIn.TryRead(out var item))
                {
                    var producer = (int)(item / ItemsEach);
                    if (item <= lastOf[producer]) Assert.Fail($"Producer {producer}: read {item} after {lastOf[producer]}.");
                    lastOf[producer] = item;
                    consumed++;
                }
            }
        }]);

        const long total = (long)Producers * ItemsEach;
        Assert.Equal(total, consumed + fanIn.Dropped);
        Assert.Equal(total, fanIn.Written);
        Assert.Equal(consumed, fanIn.Delivered);
        foreach (var ring in fanIn.Rings) Counts.AssertBalanced(ring);
    }

    [Fact]
    public void The_input_completes_only_when_every_producer_has()
    {
        var fanIn = new FanIn<int>(["a.Out->m.In", "b.Out->m.In"], 4, Overflow.Block);
        fanIn[0].Write(1);
        fanIn[0].Complete();
        Assert.True(fanIn.WaitToRead());
        Assert.Equal(1, Counts.Drain(fanIn).Single());

        using (var shortly = new CancellationTokenSource(TimeSpan.FromMilliseconds(100)))
            Assert.ThrowsAny<OperationCanceledException>(() => fanIn.WaitToRead(shortly.Token));
        Assert.False(fanIn.IsCompleted);

        bool? result = null;
        var reader = new Thread(() => result = fanIn.WaitToRead()) { IsBackground = true };
        reader.Start();
        Thread.Sleep(50);
        fanIn[1].Write(2);
        Assert.True(reader.Join(Concurrently.DefaultTimeout), "A write by the second producer did not wake the consumer.");
        Assert.True(result);
        Assert.Equal(2, Counts.Drain(fanIn).Single());

        fanIn[1].Complete();
        Assert.False(fanIn.WaitToRead());
        Assert.True(fanIn.IsCompleted);
    }

    [Fact]
    public void Reads_are_round_robin_across_producers()
    {
        var fanIn = new FanIn<int>(["a.Out->m.In", "b.Out->m.In", "c.Out->m.In"], 4, Overflow.Block);
        foreach (var item in new[] { 10, 11, 12 }) fanIn[0].Write(item);
        foreach (var item in new[] { 20, 21 }) fanIn[1].Write(item);
        fanIn[2].Write(30);

        Assert.Equal([10, 20, 30, 11, 21, 12], Counts.Drain(fanIn));
    }
}
