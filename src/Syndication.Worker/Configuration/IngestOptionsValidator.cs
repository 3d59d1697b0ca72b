using Microsoft.Extensions.Options;
using Syndication.Core.Decoding;

namespace Syndication.Worker.Configuration;

/// <summary>Refuses a size cap outside what the decoder supports, naming the key.</summary>
internal sealed class IngestOptionsValidator : IValidateOptions<IngestOptions>
{
    public ValidateOptionsResult Validate(string? name, IngestOptions options) =>
        options.MaxStoryBytes is < 1 or > StoryDecoder.MaxBytes
            ? ValidateOptionsResult.Fail($"Ingest:MaxStoryBytes must be between 1 and {StoryDecoder.MaxBytes}, got {options.MaxStoryBytes}.")
            : ValidateOptionsResult.Success;
}
