namespace Daedalus.Runtime;

/// <summary>
/// Lets a worker thread wait for an asynchronous node: executors run <c>Task</c>/<c>ValueTask</c> nodes by
/// blocking their worker for the await. Called by generated adapters.
/// </summary>
public static class AsyncBridge
{
    /// <summary>Waits for <paramref name="task"/> and returns its result.</summary>
    public static T Wait<T>(ValueTask<T> task) => task.IsCompletedSuccessfully ? task.Result : task.AsTask().GetAwaiter().GetResult();

    /// <summary>Waits for <paramref name="task"/>.</summary>
    public static void Wait(ValueTask task)
    {
        if (task.IsCompletedSuccessfully) return;
        task.AsTask().GetAwaiter().GetResult();
    }

    /// <summary>Waits for <paramref name="task"/> and returns its result.</summary>
    public static T Wait<T>(Task<T> task) => task.GetAwaiter().GetResult();

    /// <summary>Waits for <paramref name="task"/>.</summary>
    public static void Wait(Task task) => task.GetAwaiter().GetResult();
}
