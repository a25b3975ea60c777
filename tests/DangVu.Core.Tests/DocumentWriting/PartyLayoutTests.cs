using DangVu.Core.DocumentWriting;
using DangVu.Core.Organizations;

namespace DangVu.Core.Tests.DocumentWriting;

public sealed class PartyLayoutTests
{
    private static ComposedDocument Notice(DocumentKind kind) => new()
    {
        Kind = kind,
        Issuer = "ĐẢNG UỶ BỆNH VIỆN ĐA KHOA TỈNH",
        IssuerParents = ["ĐẢNG BỘ KHỐI CƠ QUAN DÂN CHÍNH ĐẢNG"],
        IssuerCode = "ĐU",
        Serial = 12,
        Place = "Phan Thiết",
        Date = new DateOnly(2008, 5, 22),
        Title = "kết quả công tác tháng 5",
        Body = DocumentBody.Split("Kính gửi: Đảng uỷ khối.\nI- Kết quả:\n1- Việc một."),
        Recipients = ["Đảng uỷ khối", "Lưu"],
        Signature = new Signature(SigningAuthorityKind.OnBehalfOf, "ĐẢNG UỶ", null, "BÍ THƯ", "Nguyễn Văn An"),
    };

    [Fact]
    public void Build_Notice_PutsTheHeaderTitleAndFooterWhereTheFormatWantsThem()
    {
        var layout = PartyLayout.Build(Notice(DocumentKinds.Notice));

        Assert.Equal(PageSetup.PartyA4, layout.Page);
        Assert.Equal((20, 20, 30, 15), (layout.Page.TopMm, layout.Page.BottomMm, layout.Page.LeftMm, layout.Page.RightMm));
        Assert.Equal(["ĐẢNG BỘ KHỐI CƠ QUAN DÂN CHÍNH ĐẢNG", "ĐẢNG UỶ BỆNH VIỆN ĐA KHOA TỈNH", "*"], layout.Header[0].Left.Select(p => p.Text));
        Assert.True(layout.Header[0].Left[1].Style.Bold);
        Assert.Equal(PartyLayout.PartyName, Assert.Single(layout.Header[0].Right).Text);
        Assert.Equal("Số 12-TB/ĐU", Assert.Single(layout.Header[1].Left).Text);
        Assert.Equal("Phan Thiết, ngày 22 tháng 5 năm 2008", Assert.Single(layout.Header[1].Right).Text);
        Assert.True(layout.Header[1].Right[0].Style.Italic);
        Assert.Equal(["", "THÔNG BÁO", "kết quả công tác tháng 5", "-----"], layout.Heading.Select(p => p.Text));
        Assert.Equal(["Nơi nhận:", "- Đảng uỷ khối,", "- Lưu."], layout.Footer.Left.Select(p => p.Text));
        Assert.Equal(["T/M ĐẢNG UỶ", "BÍ THƯ", "", "", "", "Nguyễn Văn An"], layout.Footer.Right.Select(p => p.Text));
        Assert.True(layout.Body[1].Style.Bold);
        Assert.Equal(LineAlignment.Justify, layout.Body[2].Alignment);
    }

    [Fact]
    public void Build_Letter_WritesTheTitleAsVvUnderTheNumberAndNoHeading()
    {
        var layout = PartyLayout.Build(Notice(DocumentKinds.Letter) with { Serial = null });

        Assert.Equal(["Số      -CV/ĐU", "V/v kết quả công tác tháng 5"], layout.Header[1].Left.Select(p => p.Text));
        Assert.DoesNotContain(layout.Heading, p => p.Text.Length > 0);
    }

    [Theory]
    [InlineData(OrganizationKind.ProvincialCommittee, "Tỉnh uỷ Bình Thuận", "TU", "TỈNH UỶ BÌNH THUẬN")]
    [InlineData(OrganizationKind.BlocCommittee, "Đảng uỷ khối cơ quan Dân Chính Đảng", "ĐUK", "ĐẢNG UỶ KHỐI CƠ QUAN DÂN CHÍNH ĐẢNG")]
    [InlineData(OrganizationKind.GrassrootsCommittee, "Đảng bộ Sở Y tế", "ĐU", "ĐẢNG UỶ SỞ Y TẾ")]
    [InlineData(OrganizationKind.GrassrootsCell, "Chi bộ Tỉnh Đoàn", "CB", "CHI BỘ TỈNH ĐOÀN")]
    public void IssuerDefaults_ProposeCodeAndHeaderName(OrganizationKind kind, string name, string code, string issuer)
    {
        Assert.Equal(code, IssuerDefaults.Code(kind));
        Assert.Equal(issuer, IssuerDefaults.Issuer(kind, name));
    }

    [Fact]
    public void IssuerDefaults_Parents_NameThePartyOrganizationAbove()
    {
        Assert.Equal(["ĐẢNG BỘ KHỐI CƠ QUAN DÂN CHÍNH ĐẢNG"],
            IssuerDefaults.Parents(OrganizationKind.GrassrootsCommittee, OrganizationKind.BlocCommittee, "Đảng ủy khối cơ quan Dân Chính Đảng"));
        Assert.Equal(["ĐẢNG BỘ TỈNH BÌNH THUẬN"], IssuerDefaults.Parents(OrganizationKind.BlocCommittee, OrganizationKind.ProvincialCommittee, "Tỉnh uỷ Bình Thuận"));
        Assert.Empty(IssuerDefaults.Parents(OrganizationKind.ProvincialCommittee, null, null));
    }

    [Fact]
    public void SerialPeriod_ATermCoveringTheDate_ElseTheYear()
    {
        var term = new CommitteeTermSpan(Guid.CreateVersion7(), "2005–2010", new(2005, 12, 1), new(2010, 9, 30));

        Assert.Equal($"term:{term.Id:N}", SerialPeriod.For(new(2010, 9, 30), [term]).Key);
        Assert.Equal("nhiệm kỳ 2005–2010", SerialPeriod.For(new(2005, 12, 1), [term]).Label);
        Assert.Equal(new SerialPeriod("year:2010", "năm 2010", false), SerialPeriod.For(new(2010, 10, 1), [term]));
    }
}
