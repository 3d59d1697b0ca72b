using Microsoft.Extensions.Options;

namespace Syndication.Worker.Configuration;

public static class ConfigurationRegistration
{
    /// <summary>Default listening address when neither <c>--urls</c> nor <c>ASPNETCORE_URLS</c> says otherwise.</summary>
    public const string DefaultUrls = "http://127.0.0.1:8080";

    /// <summary>Binds and validates the options; a wrong key fails the start with its name.</summary>
    public static WebApplicationBuilder AddSyndicationConfiguration(this WebApplicationBuilder builder)
    {
        if (string.IsNullOrEmpty(builder.Configuration[WebHostDefaults.ServerUrlsKey]))
        {
            builder.WebHost.UseUrls(DefaultUrls);
        }

        builder.Services.AddSingleton(TimeProvider.System);
        builder.Services.AddOptions<KafkaOptions>().Bind(builder.Configuration.GetSection(KafkaOptions.Section)).ValidateOnStart();
        builder.Services.AddOptions<StorageOptions>().Bind(builder.Configuration.GetSection(StorageOptions.Section)).ValidateOnStart();
        builder.Services.AddOptions<IngestOptions>().Bind(builder.Configuration.GetSection(IngestOptions.Section)).ValidateOnStart();
        builder.Services.AddOptions<SyndicationOptions>().Bind(builder.Configuration.GetSection(SyndicationOptions.Section)).ValidateOnStart();
        builder.Services.AddSingleton<IValidateOptions<KafkaOptions>, KafkaOptionsValidator>();
        builder.Services.AddSingleton<IValidateOptions<StorageOptions>, StorageOptionsValidator>();
        builder.Services.AddSingleton<IValidateOptions<IngestOptions>, IngestOptionsValidator>();
        builder.Services.AddSingleton<IValidateOptions<SyndicationOptions>, SyndicationOptionsValidator>();
        builder.Services.AddOptions<DedupOptions>().Bind(builder.Configuration.GetSection(DedupOptions.Section)).ValidateOnStart();
        builder.Services.AddSingleton<IValidateOptions<DedupOptions>, DedupOptionsValidator>();
        builder.Services.AddOptions<PartnersOptions>().Bind(builder.Configuration.GetSection(PartnersOptions.Section));
        builder.Services.AddOptions<OperatorsOptions>().Bind(builder.Configuration.GetSection(OperatorsOptions.Section)).ValidateOnStart();
        builder.Services.AddSingleton<IValidateOptions<OperatorsOptions>, OperatorsOptionsValidator>();
        builder.Services.AddOptions<WebSubOptions>().Bind(builder.Configuration.GetSection(WebSubOptions.Section)).ValidateOnStart();
        builder.Services.AddSingleton<IValidateOptions<WebSubOptions>, WebSubOptionsValidator>();
        builder.Services.AddOptions<HealthOptions>().Bind(builder.Configuration.GetSection(HealthOptions.Section)).ValidateOnStart();
        builder.Services.AddSingleton<IValidateOptions<HealthOptions>, HealthOptionsValidator>();
        builder.Services.AddOptions<DeliveryOptions>().Bind(builder.Configuration.GetSection(DeliveryOptions.Section)).ValidateOnStart();
        builder.Services.AddSingleton<IValidateOptions<DeliveryOptions>, DeliveryOptionsValidator>();
        return builder;
    }
}
