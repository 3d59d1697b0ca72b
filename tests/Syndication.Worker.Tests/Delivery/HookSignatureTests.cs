using System.Text;
using Syndication.Worker.Delivery;

namespace Syndication.Worker.Tests.Delivery;

public sealed class HookSignatureTests
{
    // Expected values from: printf 'TIMESTAMP.BODY' | openssl dgst -sha256 -hmac 'SECRET'
    [Theory]
    [InlineData("loopback-partner-secret-0123", 1764072000, """{"headline":"Twin assaults"}""", "d5e0ea780f3045db1645fe8089b7d4ff96fdae7d52a0d5ff553d72964af9c114")]
    [InlineData("loopback-partner-secret-0123", 1764072000, "", "f77eaf7d47a658269a92e6adf05c542152d757cacc2b783a6a6f8970db40e335")]
    [InlineData("clé-secrète-de-partenaire", 1764072000, "é", "929fd603eba5d6ec74bb30a44f2cac69265712776adbffd72624301c9605e9af")]
    public void Sign_KnownInputs_MatchOpenSsl(string secret, long timestamp, string body, string hex)
    {
        HookSignature.Sign(secret, timestamp, Encoding.UTF8.GetBytes(body)).ShouldBe("sha256=" + hex);
    }

    [Fact]
    public void Sign_AnotherTimestampOrSecret_SignsDifferently()
    {
        var body = "{}"u8.ToArray();
        var signature = HookSignature.Sign("loopback-partner-secret-0123", 1764072000, body);

        HookSignature.Sign("loopback-partner-secret-0123", 1764072001, body).ShouldNotBe(signature);
        HookSignature.Sign("loopback-partner-secret-0124", 1764072000, body).ShouldNotBe(signature);
    }
}
