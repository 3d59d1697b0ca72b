using System.Net;
using Syndication.Worker.WebSub;

namespace Syndication.Worker.Tests.WebSub;

public sealed class CallbackAddressTests
{
    [Theory]
    [InlineData("0.0.0.0")]
    [InlineData("0.255.255.255")]
    [InlineData("10.0.0.1")]
    [InlineData("10.255.255.255")]
    [InlineData("100.64.0.1")]
    [InlineData("100.127.255.255")]
    [InlineData("127.0.0.1")]
    [InlineData("127.255.255.254")]
    [InlineData("169.254.169.254")]
    [InlineData("172.16.0.1")]
    [InlineData("172.31.255.255")]
    [InlineData("192.168.1.1")]
    [InlineData("224.0.0.1")]
    [InlineData("239.255.255.250")]
    [InlineData("255.255.255.255")]
    [InlineData("::")]
    [InlineData("::1")]
    [InlineData("fc00::1")]
    [InlineData("fd12:3456:789a::1")]
    [InlineData("fe80::1")]
    [InlineData("febf::1")]
    [InlineData("ff02::1")]
    [InlineData("::ffff:127.0.0.1")]
    [InlineData("::ffff:10.1.2.3")]
    [InlineData("::ffff:169.254.169.254")]
    [InlineData("::ffff:192.168.0.1")]
    public void IsPublic_NonPublicRange_IsFalse(string address) => CallbackAddress.IsPublic(IPAddress.Parse(address)).ShouldBeFalse();

    [Theory]
    [InlineData("8.8.8.8")]
    [InlineData("1.1.1.1")]
    [InlineData("100.63.255.255")]
    [InlineData("100.128.0.0")]
    [InlineData("172.15.255.255")]
    [InlineData("172.32.0.0")]
    [InlineData("192.169.0.1")]
    [InlineData("223.255.255.255")]
    [InlineData("2001:4860:4860::8888")]
    [InlineData("2606:4700:4700::1111")]
    [InlineData("::ffff:8.8.8.8")]
    public void IsPublic_PublicAddress_IsTrue(string address) => CallbackAddress.IsPublic(IPAddress.Parse(address)).ShouldBeTrue();

    [Theory]
    [InlineData("http://127.0.0.1:8080/cb")]
    [InlineData("http://2130706433/cb")]
    [InlineData("http://169.254.169.254/latest/meta-data/")]
    [InlineData("https://[::1]/cb")]
    [InlineData("https://[::ffff:10.0.0.1]/cb")]
    [InlineData("http://localhost:5000/cb")]
    [InlineData("http://LOCALHOST./cb")]
    [InlineData("http://api.localhost/cb")]
    public void IsPublicHost_LiteralPrivateAddressOrLocalhost_IsFalse(string callback) => CallbackAddress.IsPublicHost(new Uri(callback)).ShouldBeFalse();

    [Theory]
    [InlineData("https://subscriber.example/cb?token=1")]
    [InlineData("http://8.8.8.8/cb")]
    [InlineData("https://[2001:4860:4860::8888]/cb")]
    [InlineData("https://localhost.example/cb")]
    public void IsPublicHost_PublicAddressOrOtherName_IsTrue(string callback) => CallbackAddress.IsPublicHost(new Uri(callback)).ShouldBeTrue();
}
