using DossierGen.Inputs;

namespace DossierGen.Tests.Inputs;

public sealed class VolumeTests
{
    [Theory]
    [InlineData("50 L", 50)]
    [InlineData("500 mL", 0.5)]
    [InlineData("2000L", 2000)]
    [InlineData("2.5 kL", 2500)]
    [InlineData("1 m3", 1000)]
    public void AVolumeIsReadIntoLitres(string text, double litres)
    {
        Assert.True(Volume.TryParse(text, out var volume));
        Assert.Equal((decimal)litres, volume.Litres);
        Assert.Equal(text, volume.Text);
    }

    [Theory]
    [InlineData("500 litres")]
    [InlineData("50")]
    [InlineData("1,5 L")]
    [InlineData("0 L")]
    [InlineData("-5 L")]
    [InlineData("L")]
    public void ANonVolumeIsRefused(string text)
    {
        Assert.False(Volume.TryParse(text, out _));
    }

    [Theory]
    [InlineData("CC-2026-014", true)]
    [InlineData("C1.a_b", true)]
    [InlineData("..", false)]
    [InlineData(".", false)]
    [InlineData("a/b", false)]
    [InlineData("", false)]
    [InlineData("a\n", false)]
    public void IdsAreShortAndPathSafe(string id, bool valid)
    {
        Assert.Equal(valid, Ids.IsValid(id));
    }
}
