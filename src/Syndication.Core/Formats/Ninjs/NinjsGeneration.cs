namespace Syndication.Core.Formats.Ninjs;

/// <summary>The major versions of ninjs, whose property names differ.</summary>
internal enum NinjsGeneration
{
    /// <summary>ninjs 1.x: <c>headline</c>, <c>body_text</c>, <c>byline</c>, <c>subject</c>, lower-case names.</summary>
    One = 1,

    /// <summary>ninjs 2.x: arrays of objects (<c>headlines</c>, <c>bodies</c>, <c>subjects</c>), lower-case names.</summary>
    Two = 2,

    /// <summary>ninjs 3.x: as 2.x, in camelCase (<c>versionCreated</c>, <c>pubStatus</c>, <c>embargoedUntil</c>).</summary>
    Three = 3,
}
