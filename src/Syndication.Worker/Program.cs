using Microsoft.Extensions.Options;
using Syndication.Worker.Configuration;
using Syndication.Worker.Http;
using Syndication.Worker.Kafka;
using Syndication.Worker.Logging;
using Syndication.Worker.Pipeline;

var builder = WebApplication.CreateBuilder(args);
builder.AddSyndicationConfiguration();
builder.AddSyndicationLogging();
builder.Services.AddSyndicationKafka();
builder.Services.AddSyndicationPipeline();
builder.Services.AddSyndicationHttp();

var app = builder.Build();
app.MapSyndicationEndpoints();
try
{
    await app.RunAsync();
    return 0;
}
catch (OptionsValidationException exception)
{
    await Console.Error.WriteLineAsync($"Invalid configuration: {string.Join(" ", exception.Failures)}");
    return 2;
}
