namespace Syndication.Cli.Push;

/// <summary>One story to send: its bytes, and a name that says where they came from in failure reports.</summary>
internal sealed record PushItem(string Name, byte[] Story);
