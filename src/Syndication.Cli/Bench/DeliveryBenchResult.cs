using Syndication.Worker.Delivery;

namespace Syndication.Cli.Bench;

/// <summary>One delivery bench run: the time until every story was stored, until every healthy partner had every story, what the receivers got, and the failing partner's lane (null when it had none).</summary>
internal sealed record DeliveryBenchResult(TimeSpan Stored, TimeSpan Delivered, WebhookTally Tally, LaneStatus? FailingLane);
