namespace Daedalus;

/// <summary>
/// Implemented by the source generator on every <see cref="NodeAttribute"/> class; ties the class to
/// its generated <typeparamref name="TPorts"/> type so <see cref="GraphBuilder.Add{TPorts}"/> returns
/// typed ports. Not meant to be implemented by hand.
/// </summary>
public interface INode<TPorts> where TPorts : class;
