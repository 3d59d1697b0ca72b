namespace Syndication.Core.Decoding;

/// <summary>The pipeline stages a <see cref="Rejection"/> names as the one that refused an input.</summary>
public static class RejectionStages
{
    /// <summary>Reading bytes into text and text into a story's fields.</summary>
    public const string Decode = "decode";

    /// <summary>Normalizing the fields; refuses a story whose headline or body normalizes away.</summary>
    public const string Normalize = "normalize";
}
