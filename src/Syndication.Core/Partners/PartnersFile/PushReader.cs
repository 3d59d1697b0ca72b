using System.Text.Json;
using System.Text.RegularExpressions;
using Syndication.Core.Json;

namespace Syndication.Core.Partners.PartnersFile;

/// <summary>
/// Reads a partner's <c>"push": { "webhook": { "url", "secret" }, "kafka": { "topic" } }</c>: either
/// transport or both; <c>"kafka": {}</c> is the topic <c>partner.{id}.stories</c>.
/// </summary>
internal static partial class PushReader
{
    /// <summary>The service's own topics start so; a partner's topic may not, or a push could feed the ingest.</summary>
    private const string OwnTopicPrefix = "wire.";

    private static readonly string[] s_properties = ["webhook", "kafka"];
    private static readonly string[] s_webhookProperties = ["url", "secret"];
    private static readonly string[] s_kafkaProperties = ["topic"];

    /// <param name="node">The <c>push</c> value, or null when the partner has none.</param>
    /// <param name="partnerId">The partner's id, for the default topic; null when it has none (reported elsewhere).</param>
    /// <param name="errors">Where errors go.</param>
    /// <returns>The push (null when there is none, or when it has errors, reported).</returns>
    public static PartnerPush? Read(LocatedNode? node, string? partnerId, PartnersFileErrors errors)
    {
        if (node is null)
        {
            return null;
        }

        var before = errors.Count;
        var fields = ObjectFields.Read(node, "a partner's push", s_properties, errors);
        if (fields is null)
        {
            return null;
        }

        var webhookNode = fields.Optional("webhook");
        var kafkaNode = fields.Optional("kafka");
        if (webhookNode is null && kafkaNode is null)
        {
            // Said only of a push with nothing wrong in it: after an unknown property, it is noise.
            if (errors.Count == before)
            {
                errors.Add(node, "'push' needs 'webhook', 'kafka' or both");
            }

            return null;
        }

        var webhook = webhookNode is null ? null : Webhook(webhookNode, errors);
        var kafka = kafkaNode is null ? null : Kafka(kafkaNode, partnerId, errors);
        return errors.Count == before ? new PartnerPush(webhook, kafka) : null;
    }

    private static WebhookTarget? Webhook(LocatedNode node, PartnersFileErrors errors)
    {
        var fields = ObjectFields.Read(node, "a webhook", s_webhookProperties, errors);
        var url = fields?.Required("url") is { } urlNode ? Url(urlNode, errors) : null;
        var secret = fields?.Required("secret") is { } secretNode ? Secret(secretNode, errors) : null;
        return url is null || secret is null ? null : new WebhookTarget(url, secret);
    }

    private static Uri? Url(LocatedNode node, PartnersFileErrors errors)
    {
        var text = FieldValues.Text(node, "url", errors);
        if (text is null)
        {
            return null;
        }

        if (!Uri.TryCreate(text, UriKind.Absolute, out var url) || (url.Scheme != Uri.UriSchemeHttp && url.Scheme != Uri.UriSchemeHttps))
        {
            errors.Add(node, $"'{text}' is not an absolute http or https URL");
            return null;
        }

        if (url.UserInfo.Length > 0)
        {
            errors.Add(node, "a webhook URL must not carry a user name or password: the signature is how the partner knows it is us");
            return null;
        }

        return url;
    }

    // Read as written, not trimmed: the partner signs with the same bytes. Never quoted in an error.
    private static string? Secret(LocatedNode node, PartnersFileErrors errors)
    {
        if (node is not LocatedScalar { Kind: JsonValueKind.String, Text: { } secret })
        {
            errors.Add(node, $"'secret' must be a string, not {PartnersFileErrors.Describe(node)}");
            return null;
        }

        if (secret.Length < WebhookTarget.MinSecretLength)
        {
            errors.Add(node, $"a webhook secret must be at least {WebhookTarget.MinSecretLength} characters; this one has {secret.Length}");
            return null;
        }

        return secret;
    }

    private static KafkaTarget? Kafka(LocatedNode node, string? partnerId, PartnersFileErrors errors)
    {
        var fields = ObjectFields.Read(node, "a Kafka push", s_kafkaProperties, errors);
        if (fields is null)
        {
            return null;
        }

        if (fields.Optional("topic") is not { } topicNode)
        {
            return partnerId is null ? null : new KafkaTarget(KafkaTarget.DefaultTopic(partnerId));
        }

        var topic = FieldValues.Text(topicNode, "topic", errors);
        if (topic is null)
        {
            return null;
        }

        if (!TopicName().IsMatch(topic) || topic is "." or "..")
        {
            errors.Add(topicNode, $"'{topic}' is not a Kafka topic name: use 1 to 249 ASCII letters, digits, '.', '_' or '-'");
            return null;
        }

        if (topic.StartsWith(OwnTopicPrefix, StringComparison.Ordinal))
        {
            errors.Add(topicNode, $"'{topic}' is one of the service's own topics ({OwnTopicPrefix}*): a partner's topic must be another");
            return null;
        }

        return new KafkaTarget(topic);
    }

    [GeneratedRegex("^[A-Za-z0-9._-]{1,249}$", RegexOptions.CultureInvariant)]
    private static partial Regex TopicName();
}
