using Daedalus.Shaders;
using Daedalus.Shaders.Tests.Shaders;

namespace Daedalus.Shaders.Tests;

/// <summary>
/// The buffer indexers cache the element pointer; these pin down that they still check everything: an index
/// outside the buffer throws, and a disposed buffer throws <see cref="ObjectDisposedException"/>, on the CPU
/// path and through the Vulkan mapping alike.
/// </summary>
public sealed class BufferAccessTests
{
    public static TheoryData<string> Devices => new() { "cpu", "vulkan" };

    private static GraphicsDevice Device(string name) => name == "cpu" ? TestDevices.Cpu : TestDevices.Vulkan;

    [Theory]
    [MemberData(nameof(Devices))]
    public void An_index_outside_the_buffer_throws(string device)
    {
        using var readWrite = Device(device).AllocateReadWriteBuffer<float>(4);
        using var readOnly = Device(device).AllocateReadOnlyBuffer<float>([1f, 2f, 3f, 4f]);
        using var constant = Device(device).AllocateConstantBuffer<float>([1f, 2f, 3f, 4f]);

        foreach (var index in new[] { -1, 4, int.MaxValue, int.MinValue })
        {
            Assert.Throws<IndexOutOfRangeException>(() => readWrite[index]);
            Assert.Throws<IndexOutOfRangeException>(() => readOnly[index]);
            Assert.Throws<IndexOutOfRangeException>(() => constant[index]);
        }
        Assert.Equal(4f, readOnly[3]);
        Assert.Equal(4f, constant[3]);
    }

    [Theory]
    [MemberData(nameof(Devices))]
    public void A_disposed_buffer_throws_ObjectDisposedException(string device)
    {
        var readWrite = Device(device).AllocateReadWriteBuffer<float>(4);
        var readOnly = Device(device).AllocateReadOnlyBuffer<float>([1f, 2f, 3f, 4f]);
        var constant = Device(device).AllocateConstantBuffer<float>([1f, 2f, 3f, 4f]);
        readWrite.Dispose();
        readOnly.Dispose();
        constant.Dispose();

        Assert.True(readWrite.IsDisposed);
        Assert.Throws<ObjectDisposedException>(() => readWrite[0]);
        Assert.Throws<ObjectDisposedException>(() => readOnly[0]);
        Assert.Throws<ObjectDisposedException>(() => constant[0]);
        // Disposed wins over the index: the buffer has no elements any more.
        Assert.Throws<ObjectDisposedException>(() => readWrite[100]);
        Assert.Throws<ObjectDisposedException>(() => readWrite.ToArray());
        Assert.Throws<ObjectDisposedException>(() => readWrite.CopyFrom([1f]));
        Assert.Throws<ObjectDisposedException>(() => readWrite.CopyTo(new float[4]));
        readWrite.Dispose(); // twice is fine
    }

    [Fact]
    public void The_cpu_fallback_throws_on_an_index_outside_the_buffer()
    {
        // One group of 64 threads over 10 elements: one range, run on the calling thread.
        using var small = TestDevices.Cpu.AllocateReadWriteBuffer<float>(10);
        Assert.Throws<IndexOutOfRangeException>(() => TestDevices.Cpu.Dispatch(new SquareInPlaceShader(small), 64));
    }

    [Fact]
    public void The_cpu_fallback_throws_on_an_index_outside_the_buffer_from_the_thread_pool()
    {
        // Many groups: the ranges run under Parallel.For, which wraps what they throw.
        using var small = TestDevices.Cpu.AllocateReadWriteBuffer<float>(1000);
        var thrown = Assert.Throws<AggregateException>(() => TestDevices.Cpu.Dispatch(new SquareInPlaceShader(small), 64 * 64));
        Assert.All(thrown.Flatten().InnerExceptions, inner => Assert.IsType<IndexOutOfRangeException>(inner));
    }

    [Fact]
    public void The_cpu_fallback_throws_ObjectDisposedException_for_a_buffer_disposed_after_recording()
    {
        var data = TestDevices.Cpu.AllocateReadWriteBuffer<float>(64);
        var batch = TestDevices.Cpu.BeginBatch().Dispatch(new SquareInPlaceShader(data), 64);
        data.Dispose();
        Assert.Throws<ObjectDisposedException>(batch.Submit);
    }

    [Fact]
    public void Recording_a_dispatch_with_a_disposed_buffer_throws_ObjectDisposedException()
    {
        var data = TestDevices.Cpu.AllocateReadWriteBuffer<float>(64);
        data.Dispose();
        Assert.Throws<ObjectDisposedException>(() => TestDevices.Cpu.Dispatch(new SquareInPlaceShader(data), 64));
    }
}
