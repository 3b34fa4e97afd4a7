namespace Daedalus;

/// <summary>How an output connected to several inputs shares its items.</summary>
public enum FanOut
{
    /// <summary>Every consumer receives every item (the default).</summary>
    Broadcast,

    /// <summary>Each item goes to one consumer, in turn: work distribution.</summary>
    RoundRobin,
}
