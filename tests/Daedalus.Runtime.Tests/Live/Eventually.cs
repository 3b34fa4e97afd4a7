namespace Daedalus.Runtime.Tests.Live;

/// <summary>Waits for a condition that other threads make true, failing the test instead of hanging.</summary>
internal static class Eventually
{
    public static readonly TimeSpan Guard = TimeSpan.FromMinutes(1);

    public static async Task True(Func<bool> condition, string? because = null)
    {
        var deadline = DateTime.UtcNow + Guard;
        while (!condition())
        {
            if (DateTime.UtcNow > deadline) Assert.Fail($"Not true within {Guard.TotalSeconds} s: {because ?? "condition"}.");
            await Task.Delay(1);
        }
    }
}
