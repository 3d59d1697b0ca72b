namespace Syndication.Core.Partners;

/// <summary>An organisation that receives stories, as the partners file defines it.</summary>
/// <param name="Id">Its id in URLs and on the command line ("meo"); unique, compared case-insensitively.</param>
/// <param name="Name">Its name for people.</param>
/// <param name="KnownAs">The names a story's "Exclusive to NAME" may give it; no two partners share one.</param>
/// <param name="KeyHashes">Its API keys, only as hashes (<c>sha256:</c> + 64 lower-case hex digits, see <see cref="PartnerKey"/>).</param>
/// <param name="StoryFormat">The format its stories are rendered in.</param>
/// <param name="Feeds">Its feeds.</param>
/// <param name="RateLimit">How many requests it may make; null when the file sets no limit.</param>
/// <param name="Push">How stories are pushed to it; null when they are not.</param>
/// <param name="Retry">How hard a push is tried (<see cref="RetryPolicy.Default"/> when the file sets nothing).</param>
public sealed record Partner(
    string Id,
    string Name,
    IReadOnlyList<string> KnownAs,
    IReadOnlyList<string> KeyHashes,
    StoryFormat StoryFormat,
    IReadOnlyList<PartnerFeed> Feeds,
    RateLimit? RateLimit,
    PartnerPush? Push,
    RetryPolicy Retry);
