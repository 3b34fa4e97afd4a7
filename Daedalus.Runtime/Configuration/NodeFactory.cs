namespace Daedalus.Runtime;

/// <summary>
/// Creates a node from its configuration and, for constructor parameters that are not configuration, from
/// <paramref name="services"/>. The generator emits one per node class into <c>Daedalus.Generated.DaedalusNodeCatalog</c>.
/// </summary>
/// <param name="configuration">The node's configuration; read members through it so that unknown keys are found.</param>
/// <param name="services">Where constructor parameters that are not configuration come from; may be null.</param>
public delegate IRuntimeNode NodeFactory(NodeConfigurationReader configuration, IServiceProvider? services);
