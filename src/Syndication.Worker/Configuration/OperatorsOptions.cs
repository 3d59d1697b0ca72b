namespace Syndication.Worker.Configuration;

/// <summary>The <c>Operators</c> configuration section: who may read the firehose feeds.</summary>
public sealed class OperatorsOptions
{
    public const string Section = "Operators";

    /// <summary>
    /// Operators' keys, hashed like partners' (<c>sha256:</c> and 64 hex digits). None: the firehose feeds
    /// are open, as on a fresh machine; one or more: a request needs one of the keys.
    /// </summary>
    public IList<string> Keys { get; } = [];
}
