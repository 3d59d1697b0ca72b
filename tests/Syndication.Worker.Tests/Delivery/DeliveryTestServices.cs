using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Syndication.Storage;
using Syndication.Worker.Delivery;

namespace Syndication.Worker.Tests.Delivery;

/// <summary>The worker's own delivery registration, resolved against a fake clock, for the tests that send for real.</summary>
internal static class DeliveryTestServices
{
    internal static WebhookSender WebhookSender(FakeTimeProvider time)
    {
        var services = new ServiceCollection();
        services.AddSingleton<TimeProvider>(time);
        services.AddSyndicationDelivery();
        return services.BuildServiceProvider().GetRequiredService<WebhookSender>();
    }

    /// <summary>A small ninjs-like story to push.</summary>
    internal static PushedStory Story(string itemId = "0123456789abcdef0123456789abcdef", long version = 7, OutboxKind kind = OutboxKind.New) =>
        new(itemId, "fedcba9876543210fedcba9876543210", version, kind, "ninjs", "application/json", """{"headline":"Twin assaults"}"""u8.ToArray());
}
