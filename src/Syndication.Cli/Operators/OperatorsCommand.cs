using System.CommandLine;
using Syndication.Core.Partners;

namespace Syndication.Cli.Operators;

/// <summary>
/// <c>syndication operators new-key</c>: a new operator key, printed once with the hash that goes into
/// <c>Operators:Keys</c>. The key itself is stored nowhere.
/// </summary>
internal static class OperatorsCommand
{
    internal static Command Create()
    {
        var newKey = new Command("new-key", "Print a new operator key and the hash to configure in Operators:Keys.");
        newKey.SetAction(_ =>
        {
            var key = PartnerKey.Generate();
            Console.WriteLine($"key:  {key}");
            Console.WriteLine($"hash: {PartnerKey.Hash(key)}");
            Console.WriteLine("Configure the hash (e.g. Operators__Keys__0=<hash>); give the key to the operator. It is not stored and cannot be shown again.");
            return 0;
        });
        return new Command("operators", "Keys for the operator's firehose feeds.") { newKey };
    }
}
