using Microsoft.Extensions.Options;
using Syndication.Worker.Configuration;
using Syndication.Worker.Delivery;
using Syndication.Worker.Health;
using Syndication.Worker.Http;
using Syndication.Worker.Kafka;
using Syndication.Worker.Logging;
using Syndication.Worker.Pipeline;
using Syndication.Worker.Status;
using Syndication.Worker.Telemetry;
using Syndication.Worker.WebSub;

// Configuration files ship beside the program; relative paths in them (Storage:Path) resolve against the
// working directory.
var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = args, ContentRootPath = AppContext.BaseDirectory });
builder.AddSyndicationConfiguration();
builder.AddSyndicationLogging();
builder.Services.AddSyndicationKafka();
builder.Services.AddSyndicationPipeline();
builder.Services.AddSyndicationHttp();
builder.Services.AddSyndicationDelivery();
builder.Services.AddSyndicationWebSub();
builder.Services.AddSyndicationHealth();
builder.Services.AddSyndicationStatus();
builder.AddSyndicationTelemetry();

var app = builder.Build();
app.MapSyndicationTelemetry();
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
