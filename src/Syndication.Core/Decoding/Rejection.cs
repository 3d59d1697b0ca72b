namespace Syndication.Core.Decoding;

/// <summary>Why an input cannot become a story.</summary>
/// <param name="Reason">A stable machine-readable code (see <see cref="RejectionReasons"/>).</param>
/// <param name="Stage">The pipeline stage that refused it ("decode", "normalize").</param>
/// <param name="Detail">A sentence a person can act on.</param>
public sealed record Rejection(string Reason, string Stage, string Detail);
