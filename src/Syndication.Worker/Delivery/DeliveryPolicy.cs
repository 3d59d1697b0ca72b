using Polly;
using Polly.CircuitBreaker;
using Polly.Retry;
using Polly.Timeout;
using Syndication.Core.Partners;

namespace Syndication.Worker.Delivery;

/// <summary>
/// A partner's <see cref="RetryPolicy"/> as a Polly pipeline, one per lane: a timeout per attempt, inside a
/// retry with exponential backoff and jitter that waits as long as a <c>Retry-After</c> asks, inside the
/// lane's circuit breaker, all inside a total timeout of <c>giveUpAfter</c>. Time comes from the injected
/// <see cref="TimeProvider"/>.
/// </summary>
/// <remarks>
/// <para>Retried: HTTP 5xx, 408, 429 and redirects, timeouts, an unreachable endpoint, a retriable broker
/// error. Not retried: a rejection (any other 4xx), which is dead-lettered at once.</para>
/// <para>Implementation note: the breaker sits outside the retry, so it counts deliveries (each with all
/// its attempts), not attempts. It opens when whole deliveries keep failing, typically an endpoint that
/// refuses everything (a 401 after a key change), and while it is open the lane waits instead of
/// dead-lettering story after story. Riding out an endpoint that is down is the retry's job: with the
/// default policy a delivery's retries take minutes, longer than the breaker's 30-second sampling window,
/// so a down endpoint rarely opens it. Inside the retry it would open after a few failed attempts and
/// turn the remaining attempts into instant failures instead.</para>
/// </remarks>
public sealed class DeliveryPolicy
{
    private readonly ResiliencePipeline<SendResult> _pipeline;
    private readonly CircuitBreakerStateProvider _circuit = new();
    private readonly TimeProvider _time;
    private readonly int _attempts;

    public DeliveryPolicy(RetryPolicy policy, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(policy);
        ArgumentNullException.ThrowIfNull(time);
        _time = time;
        _attempts = policy.Attempts;
        var builder = new ResiliencePipelineBuilder<SendResult> { TimeProvider = time }
            .AddTimeout(policy.GiveUpAfter)
            .AddCircuitBreaker(new CircuitBreakerStrategyOptions<SendResult>
            {
                FailureRatio = policy.Breaker.FailureRatio,
                MinimumThroughput = policy.Breaker.MinimumThroughput,
                SamplingDuration = policy.Breaker.SamplingDuration,
                BreakDuration = policy.Breaker.BreakDuration,
                ShouldHandle = arguments => ValueTask.FromResult(
                    arguments.Outcome is { Exception: TimeoutRejectedException } or { Result.Outcome: not AttemptOutcome.Delivered }),
                StateProvider = _circuit,
            });
        if (policy.Attempts > 1)
        {
            builder.AddRetry(new RetryStrategyOptions<SendResult>
            {
                MaxRetryAttempts = policy.Attempts - 1,
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = true,
                Delay = policy.BaseDelay,
                MaxDelay = policy.MaxDelay,
                ShouldHandle = arguments => ValueTask.FromResult(arguments.Outcome is { Exception: TimeoutRejectedException } or { Result.IsRetryable: true }),
                // A partner that says when to come back is taken at its word, even beyond maxDelay;
                // giveUpAfter still bounds the whole delivery.
                DelayGenerator = arguments => ValueTask.FromResult(arguments.Outcome.Result?.RetryAfter),
            });
        }

        _pipeline = builder.AddTimeout(policy.Timeout).Build();
    }

    /// <summary>The lane's circuit: closed, open, half-open.</summary>
    public CircuitState Circuit => _circuit.CircuitState;

    /// <summary>Delivers with as many attempts as the policy allows.</summary>
    /// <param name="send">One attempt; it must give up when its token is cancelled (the attempt's timeout).</param>
    /// <param name="observe">Told of each attempt as it ends, or null.</param>
    /// <param name="stopping">The lane is stopping: cancelled, the delivery ends with an <see cref="OperationCanceledException"/>.</param>
    public async Task<DeliveryReport> DeliverAsync(Func<CancellationToken, Task<SendResult>> send, Action<DeliveryAttempt>? observe, CancellationToken stopping)
    {
        ArgumentNullException.ThrowIfNull(send);
        var attempts = new List<DeliveryAttempt>();
        void Record(DeliveryAttempt attempt)
        {
            attempts.Add(attempt);
            observe?.Invoke(attempt);
        }

        try
        {
            var result = await _pipeline.ExecuteAsync(
                async token =>
                {
                    var at = _time.GetUtcNow();
                    SendResult sent;
                    try
                    {
                        sent = await send(token).ConfigureAwait(false);
                    }
                    catch (OperationCanceledException) when (!stopping.IsCancellationRequested)
                    {
                        Record(new DeliveryAttempt(at, AttemptOutcome.TimedOut, null, "no answer in time"));
                        throw;
                    }
                    catch (Exception exception) when (exception is not OperationCanceledException)
                    {
                        // A sender's bug must not stall the lane: it fails the attempt like any fault.
                        sent = new SendResult(AttemptOutcome.Failed, null, exception.Message);
                    }

                    Record(new DeliveryAttempt(at, sent.Outcome, sent.Status, sent.Error));
                    return sent;
                },
                stopping).ConfigureAwait(false);
            return result.Outcome switch
            {
                AttemptOutcome.Delivered => new DeliveryReport(DeliveryVerdict.Delivered, attempts),
                AttemptOutcome.Rejected => new DeliveryReport(DeliveryVerdict.Rejected, attempts),
                _ => new DeliveryReport(DeliveryVerdict.RetriesExhausted, attempts),
            };
        }
        catch (TimeoutRejectedException) when (!stopping.IsCancellationRequested)
        {
            return new DeliveryReport(attempts.Count >= _attempts ? DeliveryVerdict.RetriesExhausted : DeliveryVerdict.GaveUp, attempts);
        }
        catch (BrokenCircuitException exception)
        {
            return new DeliveryReport(DeliveryVerdict.CircuitOpen, attempts, exception.RetryAfter);
        }
    }
}
