using Microsoft.Extensions.Options;
using Syndication.Worker.Configuration;

namespace Syndication.Worker.Pipeline;

public static class PipelineRegistration
{
    /// <summary>The store (with its near-duplicate index, rebuilt when it opens), its stamp as the feeds read it, and the batch processor that writes to it.</summary>
    public static IServiceCollection AddSyndicationPipeline(this IServiceCollection services)
    {
        services.AddSingleton(provider => StoryStoreFactory.Open(
            provider.GetRequiredService<IOptions<StorageOptions>>().Value,
            provider.GetRequiredService<TimeProvider>(),
            provider.GetRequiredService<IOptions<DedupOptions>>().Value.ToSettings()));
        services.AddSingleton(provider => provider.GetRequiredService<IOptions<IngestOptions>>().Value);
        services.AddSingleton<StoreStamp>();
        services.AddSingleton<StoryBatchProcessor>();
        return services;
    }
}
