using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Serialization;
using DangVu.Core.Access;
using DangVu.Core.Organizations;
using DangVu.Core.Rules;
using DangVu.Data.Members;
using DangVu.Data.Organizations;
using DangVu.TestCommon.Documents;
using DangVu.TestCommon.Web;
using DangVu.Web.Features.Review;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Microsoft.Extensions.DependencyInjection;

namespace DangVu.Web.Tests.Review;

public sealed class ReviewApiTests(AppFixture app) : IClassFixture<AppFixture>
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter() } };

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Review_MemberSecretaryAndOffice_RunTheChain_AndTheExportsOpenInOpenXmlAndLibreOffice()
    {
        var (committee, cell, memberIds) = await TreeAsync();
        using var office = await SignedInClient.CreateAsync(app.Factory, await TestAccounts.CreateAsync(app.Factory, Role.Office));
        using var secretary = await SignedInClient.CreateAsync(app.Factory, await TestAccounts.CreateAsync(app.Factory, Role.Secretary, committee.Path));
        var memberAccount = await TestAccounts.CreateAsync(app.Factory, Role.Member, cell.Path, memberIds[0]);
        using var member = await SignedInClient.CreateAsync(app.Factory, memberAccount);

        var opened = await office.PostAsJsonAsync("/api/review/periods", new OpenPeriodRequest { Organization = committee.Id, Year = 2025 }, Json, Cancel);
        Assert.Equal(HttpStatusCode.Created, opened.StatusCode);
        var period = (await opened.Content.ReadFromJsonAsync<ReviewPeriodDto>(Json, Cancel))!;
        Assert.Equal("quy-dinh-366-2025", period.RuleSetId);
        var quarterIn2008 = await office.PostAsJsonAsync("/api/review/periods", new OpenPeriodRequest { Organization = committee.Id, Year = 2008, Kind = Core.Reviews.ReviewPeriodKind.Quarterly, Quarter = 4 }, Json, Cancel);
        Assert.Equal(HttpStatusCode.BadRequest, quarterIn2008.StatusCode);
        Assert.Contains("chỉ đánh giá, xếp loại hằng năm", await quarterIn2008.Content.ReadAsStringAsync(Cancel), StringComparison.Ordinal);

        var mine = (await member.GetFromJsonAsync<List<MemberReviewDto>>("/api/review/participation/reviews", Json, Cancel))!;
        var own = Assert.Single(mine);
        var self = await member.PostAsJsonAsync($"/api/review/participation/reviews/{own.Id}/self", new SelfReviewBody
        {
            Version = own.Version,
            On = new(2025, 12, 5),
            Text = "Hoàn thành tốt nhiệm vụ được giao.",
            Scores = new() { ["politics"] = 18, ["ethics"] = 18, ["discipline"] = 17, ["duties"] = 30 },
            TasksDonePercent = 100,
            TasksExceededPercent = 10,
        }, Json, Cancel);
        var selfDto = (await self.Content.ReadFromJsonAsync<MemberReviewDto>(Json, Cancel))!;
        Assert.Equal((83m, RatingLevel.Good), (selfDto.SelfPoints!.Value, selfDto.SelfLevel!.Level));
        var view = (await secretary.GetFromJsonAsync<OrganizationReviewViewDto>($"/api/review/periods/{period.Id}/organizations/{cell.Id}", Json, Cancel))!;
        var other = view.Members.Single(m => m.Member == memberIds[1]);
        var notMine = await member.PostAsJsonAsync($"/api/review/participation/reviews/{other.Id}/self", new SelfReviewBody { Version = 0, On = new(2025, 12, 5), Text = "x" }, Json, Cancel);
        Assert.Equal(HttpStatusCode.NotFound, notMine.StatusCode);

        var proposed = await secretary.PostAsJsonAsync($"/api/review/member-reviews/{own.Id}/proposal", new ProposalBody { Version = selfDto.Version, On = new(2025, 12, 15), Level = RatingLevel.Good }, Json, Cancel);
        var proposedDto = (await proposed.Content.ReadFromJsonAsync<MemberReviewDto>(Json, Cancel))!;
        var stale = await secretary.PostAsJsonAsync($"/api/review/member-reviews/{own.Id}/decision", new DecisionBody { Version = selfDto.Version, On = new(2025, 12, 20), Level = RatingLevel.Good }, Json, Cancel);
        var decided = await secretary.PostAsJsonAsync($"/api/review/member-reviews/{own.Id}/decision", new DecisionBody { Version = proposedDto.Version, On = new(2025, 12, 20), Level = RatingLevel.Good }, Json, Cancel);
        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        Assert.Equal(HttpStatusCode.OK, decided.StatusCode);

        var detail = (await office.GetFromJsonAsync<ReviewPeriodDetailDto>($"/api/review/periods/{period.Id}", Json, Cancel))!;
        var summary = Assert.Single(detail.Summary);
        Assert.Equal((3, 1, 2), (summary.Members, summary.Decided[RatingLevel.Good], summary.Undecided));

        var folder = Directory.CreateTempSubdirectory("dangvu-review-");
        try
        {
            var workbook = Path.Combine(folder.FullName, "tong-hop.xlsx");
            await File.WriteAllBytesAsync(workbook, await office.GetByteArrayAsync($"/api/review/periods/{period.Id}/summary.xlsx", Cancel), Cancel);
            // LibreOffice Calc reads the first sheet (the summary); the Open XML SDK reads the members' sheet.
            var csv = (await LibreOffice.SheetAsCsvAsync(workbook)).Split('\n');
            Assert.StartsWith("Tổ chức cơ sở đảng,Số đảng viên,Hoàn thành xuất sắc nhiệm vụ,Hoàn thành tốt nhiệm vụ", csv[0], StringComparison.Ordinal);
            Assert.StartsWith("Đảng bộ Trường Chính trị,3,0,1,0,0,2,", csv[1], StringComparison.Ordinal);
            using (var book = SpreadsheetDocument.Open(workbook, false))
            {
                var names = book.WorkbookPart!.Workbook.Sheets!.Elements<Sheet>().Select(s => s.Name!.Value).ToList();
                Assert.Equal(["Tổng hợp", "Đảng viên", "Tổ chức đảng", "Tiến độ"], names);
                var members = book.WorkbookPart.WorksheetParts.Select(p => p.Worksheet.InnerText).ToList();
                Assert.Contains(members, text => text.Contains("Đoàn Thị Tự Xét", StringComparison.Ordinal) || SharedText(book).Contains("Đoàn Thị Tự Xét", StringComparison.Ordinal));
            }

            var report = Path.Combine(folder.FullName, "bao-cao.docx");
            await File.WriteAllBytesAsync(report, await office.GetByteArrayAsync($"/api/review/periods/{period.Id}/organizations/{committee.Id}/report.docx", Cancel), Cancel);
            using (var document = WordprocessingDocument.Open(report, false))
            {
                var text = document.MainDocumentPart!.Document.Body!.InnerText;
                Assert.Contains("BÁO CÁO", text, StringComparison.Ordinal);
                Assert.Contains("Đoàn Thị Tự Xét", text, StringComparison.Ordinal);
            }

            var pdf = await LibreOffice.WordAsPdfAsync(report);
            Assert.True(pdf.Length > 1000 && pdf[0] == (byte)'%' && pdf[1] == (byte)'P', "LibreOffice did not make a PDF of the report.");
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    [Fact]
    public async Task Ballot_OpenedCastOnceCounted_AndTheMinutesOpenInOpenXmlAndLibreOffice()
    {
        var (committee, cell, memberIds) = await TreeAsync("B");
        using var office = await SignedInClient.CreateAsync(app.Factory, await TestAccounts.CreateAsync(app.Factory, Role.Office));
        using var secretary = await SignedInClient.CreateAsync(app.Factory, await TestAccounts.CreateAsync(app.Factory, Role.Secretary, cell.Path));
        var period = (await (await office.PostAsJsonAsync("/api/review/periods", new OpenPeriodRequest { Organization = committee.Id, Year = 2025 }, Json, Cancel))
            .Content.ReadFromJsonAsync<ReviewPeriodDto>(Json, Cancel))!;
        var candidate = await SelfReviewedAsync(period.Id, memberIds[0]);

        var opened = await secretary.PostAsJsonAsync($"/api/review/periods/{period.Id}/ballots", new OpenBallotRequest { Cell = cell.Id, HeldOn = new(2025, 12, 12), Candidates = [candidate] }, Json, Cancel);
        var ballot = (await opened.Content.ReadFromJsonAsync<BallotOpenedDto>(Json, Cancel))!;
        var paper = (await secretary.GetFromJsonAsync<BallotDto>($"/api/review/ballots/{ballot.Ballot}", Json, Cancel))!;
        using var voter = await SignedInClient.CreateAsync(app.Factory, await TestAccounts.CreateAsync(app.Factory, Role.Member, cell.Path));
        var first = await voter.PostAsJsonAsync("/api/review/participation/ballots/cast", new CastBallotRequest { Code = ballot.Codes[0], Marks = new() { [paper.Candidates[0].Id] = true } }, Json, Cancel);
        var again = await voter.PostAsJsonAsync("/api/review/participation/ballots/cast", new CastBallotRequest { Code = ballot.Codes[0], Marks = new() { [paper.Candidates[0].Id] = true } }, Json, Cancel);
        var second = await voter.PostAsJsonAsync("/api/review/participation/ballots/cast", new CastBallotRequest { Code = ballot.Codes[1], Marks = new() { [paper.Candidates[0].Id] = true } }, Json, Cancel);
        var counted = await secretary.PostAsJsonAsync($"/api/review/ballots/{ballot.Ballot}/count", new CountBallotRequest { Version = ballot.Version, On = new(2025, 12, 12) }, Json, Cancel);
        var result = (await counted.Content.ReadFromJsonAsync<BallotDto>(Json, Cancel))!;

        Assert.Equal(3, ballot.Codes.Count);
        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, again.StatusCode);
        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        Assert.Equal((3, 2, 2, true), (result.Issued, result.Cast!.Value, result.Candidates[0].InFavour!.Value, result.Candidates[0].Passed!.Value));
        var folder = Directory.CreateTempSubdirectory("dangvu-ballot-");
        try
        {
            var minutes = Path.Combine(folder.FullName, "bien-ban.docx");
            await File.WriteAllBytesAsync(minutes, await secretary.GetByteArrayAsync($"/api/review/ballots/{ballot.Ballot}/minutes.docx", Cancel), Cancel);
            using (var document = WordprocessingDocument.Open(minutes, false))
            {
                var text = document.MainDocumentPart!.Document.Body!.InnerText;
                Assert.Contains("BIÊN BẢN KIỂM PHIẾU", text, StringComparison.Ordinal);
                Assert.Contains("Số đảng viên chính thức được phát phiếu: 3. Số phiếu thu về: 2.", text, StringComparison.Ordinal);
            }

            var pdf = await LibreOffice.WordAsPdfAsync(minutes);
            Assert.True(pdf.Length > 1000 && pdf[0] == (byte)'%', "LibreOffice did not make a PDF of the minutes.");
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    private static string SharedText(SpreadsheetDocument book) => book.WorkbookPart!.SharedStringTablePart?.SharedStringTable.InnerText ?? "";

    private async Task<Guid> SelfReviewedAsync(Guid periodId, Guid memberId)
    {
        await using var scope = app.Factory.Services.CreateAsyncScope();
        var reviews = scope.ServiceProvider.GetRequiredService<Data.Reviews.ReviewQueries>();
        var review = (await reviews.ReviewsOfMemberAsync(memberId, Cancel)).Single(r => r.Period.Id == periodId).Review;
        var outcome = await scope.ServiceProvider.GetRequiredService<Data.Reviews.MemberReviewWorkflow>().SelfReviewAsync(review.Id, review.Version, new Data.Reviews.SelfReviewRequest(
            new(2025, 12, 5), "Tự kiểm điểm.", new Dictionary<string, decimal> { ["politics"] = 20, ["ethics"] = 20, ["discipline"] = 20, ["duties"] = 36 },
            Achievements: "Đề tài cấp tỉnh", TasksDonePercent: 100, TasksExceededPercent: 40), Cancel);
        return outcome.Value!.Id;
    }

    private async Task<(PartyOrganization Committee, PartyOrganization Cell, IReadOnlyList<Guid> Members)> TreeAsync(string suffix = "")
    {
        await using var scope = app.Factory.Services.CreateAsyncScope();
        var restructuring = scope.ServiceProvider.GetRequiredService<OrganizationRestructuring>();
        var founded = new Decision(new DateOnly(2000, 1, 1));
        var province = (await restructuring.CreateAsync(new($"Tỉnh uỷ thử đánh giá {suffix}", OrganizationKind.ProvincialCommittee, OrganizationType.Agency, null, null), founded, Cancel)).Organization!;
        var committee = (await restructuring.CreateAsync(new($"Đảng bộ Trường Chính trị{(suffix.Length > 0 ? " " + suffix : "")}", OrganizationKind.GrassrootsCommittee, OrganizationType.Agency, null, province.Id), founded, Cancel)).Organization!;
        var cell = (await restructuring.CreateAsync(new($"Chi bộ Khoa Lý luận {suffix}", OrganizationKind.Cell, OrganizationType.Agency, null, committee.Id), founded, Cancel)).Organization!;
        var registry = scope.ServiceProvider.GetRequiredService<MemberRegistry>();
        var ids = new List<Guid>();
        foreach (var name in new[] { "Đoàn Thị Tự Xét", "Đoàn Văn Bình", "Đoàn Văn Chính" })
        {
            var (member, errors) = await registry.AddAsync(new NewMember(name, new DateOnly(1980, 3, 3), Gender.Female, cell.Id, new DateOnly(2005, 1, 1), new DateOnly(2006, 1, 1)), cancellationToken: Cancel);
            ids.Add(member?.Id ?? throw new InvalidOperationException(string.Join("; ", errors)));
        }

        return (committee, cell, ids);
    }
}
