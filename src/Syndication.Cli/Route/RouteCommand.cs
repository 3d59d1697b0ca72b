using System.CommandLine;
using Syndication.Cli.Partners;
using Syndication.Cli.Store;
using Syndication.Core.Partners.PartnersFile;
using Syndication.Storage;
using Syndication.Worker.Configuration;
using Syndication.Worker.Pipeline;

namespace Syndication.Cli.Route;

/// <summary>
/// <c>syndication route STORY PARTNER</c>: an operator's decision that a story held for its exclusivity (to
/// a name no partner is known as) may reach a partner. Written to the store; the worker's feeds show it
/// at the next request, without a restart.
/// </summary>
internal static class RouteCommand
{
    internal static Command Create()
    {
        var story = new Argument<string>("STORY") { Description = "The story: its item id (as /status.json lists it under held) or a content id." };
        var partner = new Argument<string>("PARTNER") { Description = "The partner's id in the partners file." };
        var store = new Option<string?>("--store") { Description = "The store; by default Storage__Path, else data/syndication.db." };
        var file = new Option<string?>("--file") { Description = "The partners file; by default where the worker looks." };
        var command = new Command("route", "Route a held story to a partner.") { story, partner, store, file };
        command.SetAction(parse => Run(parse.GetValue(story)!, parse.GetValue(partner)!, StoreLocation.Resolve(parse.GetValue(store)), PartnersFileLocation.Resolve(parse.GetValue(file))));
        return command;
    }

    private static int Run(string storyId, string partnerId, StorageOptions storage, string partnersFile)
    {
        if (!PartnersFileText.TryRead(partnersFile, out var text))
        {
            return 1;
        }

        if (PartnersFileParser.Parse(text).Directory?.Find(partnerId) is not { } partner)
        {
            Console.Error.WriteLine($"No partner '{partnerId}' in {partnersFile}: nothing was routed.");
            return 1;
        }

        var storePath = StoreLocation.Describe(storage);
        if (!StoreLocation.Exists(storage))
        {
            Console.Error.WriteLine($"No store at {storePath}: nothing was routed.");
            return 1;
        }

        using var store = StoryStoreFactory.Open(storage, TimeProvider.System, NearDuplicateSettings.Off);
        var itemId = store.FindItem(storyId)?.ItemId ?? store.Find(storyId)?.ItemId;
        if (itemId is null || !store.Route(itemId, partner.Id))
        {
            Console.Error.WriteLine($"No story '{storyId}' in {storePath}: nothing was routed.");
            return 1;
        }

        Console.WriteLine($"routed {itemId} to {partner.Id} ({partner.Name})");
        return 0;
    }
}
