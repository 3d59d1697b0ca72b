using Syndication.Worker.WebSub;

namespace Syndication.Worker.Tests.WebSub;

public sealed class HubSignatureTests
{
    [Fact]
    public void Sign_Rfc4231TestCase2_IsTheKnownHmacSha256InLowerCaseHex() =>
        HubSignature.Sign("Jefe", "what do ya want for nothing?"u8).ShouldBe("sha256=5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843");

    [Fact]
    public void Sign_EmptySecret_Throws() => Should.Throw<ArgumentException>(() => HubSignature.Sign("", "body"u8));
}
