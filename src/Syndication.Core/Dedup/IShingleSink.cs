namespace Syndication.Core.Dedup;

/// <summary>
/// What <see cref="BodyShingles"/> hands each shingle hash to, in body order and with repeats: a struct, so
/// the JIT compiles the reading of the body once per kind of sink with the call inlined.
/// </summary>
internal interface IShingleSink
{
    void Add(ulong shingle);
}
