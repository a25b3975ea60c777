using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Serialization;
using DangVu.Core.Access;
using DangVu.Core.Meetings;
using DangVu.Data;
using DangVu.Data.Audit;
using DangVu.TestCommon.Web;
using DangVu.Web.Features.Accounts;
using DangVu.Web.Features.Meetings;
using DangVu.Web.Features.Members;
using DangVu.Web.Features.MemberView;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DangVu.Web.Tests.Meetings;

public sealed class MemberViewApiTests(AppFixture app) : IClassFixture<AppFixture>
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter() } };

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Member_SeesOwnNextMeetingAndDocuments_SendsAReason_SecretarySeesIt_OthersCannotReply()
    {
        var cells = await MeetingCells.CreateAsync(app.Factory, "D");
        using var secretary = await SignedInClient.CreateAsync(app.Factory, await TestAccounts.CreateAsync(app.Factory, Role.Secretary, cells.Cell.Path));
        using var member = await SignedInClient.CreateAsync(app.Factory, await TestAccounts.CreateAsync(app.Factory, Role.Member, cells.Cell.Path, cells.Members["Lâm Thị Hương"]));
        using var outsider = await SignedInClient.CreateAsync(app.Factory, await TestAccounts.CreateAsync(app.Factory, Role.Member, cells.OtherCell.Path, cells.Members["Kha Thị Mắt"]));
        var meeting = await (await secretary.PostAsJsonAsync("/api/meetings", new CreateMeetingRequest
        {
            Organization = cells.Cell.Id,
            Date = MeetingCells.Today.AddDays(7),
            StartTime = new(14, 0),
            Kind = MeetingKind.Regular,
        }, Json, Cancel)).Content.ReadFromJsonAsync<MeetingDto>(Json, Cancel);
        await secretary.PostAsJsonAsync($"/api/meetings/{meeting!.Id}/documents", new PostDocumentRequest { Version = 0, Title = "Dự thảo nghị quyết tháng", Body = "Toàn văn" }, Json, Cancel);

        var mine = await member.GetFromJsonAsync<MyMeetingsDto>("/api/me/meetings", Json, Cancel);
        var blank = await member.PostAsJsonAsync($"/api/me/meetings/{meeting.Id}/reply", new ReplyRequest { Version = 0, Attending = false }, Json, Cancel);
        var sent = await member.PostAsJsonAsync($"/api/me/meetings/{meeting.Id}/reply", new ReplyRequest { Version = 0, Attending = false, Reason = "Trực đêm" }, Json, Cancel);
        var stale = await member.PostAsJsonAsync($"/api/me/meetings/{meeting.Id}/reply", new ReplyRequest { Version = 0, Attending = true }, Json, Cancel);
        var foreign = await outsider.PostAsJsonAsync($"/api/me/meetings/{meeting.Id}/reply", new ReplyRequest { Version = 0, Attending = true }, Json, Cancel);
        var outsiders = await outsider.GetFromJsonAsync<MyMeetingsDto>("/api/me/meetings", Json, Cancel);
        var seen = await secretary.GetFromJsonAsync<MeetingDto>($"/api/meetings/{meeting.Id}", Json, Cancel);

        var next = Assert.Single(mine!.Upcoming);
        Assert.Equal("Dự thảo nghị quyết tháng", Assert.Single(next.Documents).Title);
        Assert.True(next.CanReply);
        Assert.Equal(HttpStatusCode.BadRequest, blank.StatusCode);
        Assert.Equal("Hãy ghi lý do vắng mặt.", (await blank.Content.ReadFromJsonAsync<ValidationProblemDetails>(Json, Cancel))!.Errors["Reason"][0]);
        Assert.Equal(MemberReply.WillBeAbsent, (await sent.Content.ReadFromJsonAsync<MyMeetingDto>(Json, Cancel))!.Reply);
        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, foreign.StatusCode);
        Assert.Empty(outsiders!.Upcoming);
        var reply = seen!.Invitations.Single(i => i.Member == cells.Members["Lâm Thị Hương"]);
        Assert.Equal((MemberReply.WillBeAbsent, "Trực đêm"), (reply.Reply, reply.ReplyReason));
    }

    [Fact]
    public async Task Record_IsOwnMasked_RevealIsAudited_AccountWithoutAFileIsRefused_AdminLinksOnce()
    {
        var cells = await MeetingCells.CreateAsync(app.Factory, "E");
        var memberId = cells.Members["Trương Văn Mạnh"];
        using var member = await SignedInClient.CreateAsync(app.Factory, await TestAccounts.CreateAsync(app.Factory, Role.Member, cells.Cell.Path, memberId));
        using var unlinked = await SignedInClient.CreateAsync(app.Factory, await TestAccounts.CreateAsync(app.Factory, Role.Secretary, cells.Cell.Path));
        using var admin = await SignedInClient.CreateAsync(app.Factory, await TestAccounts.CreateAsync(app.Factory, Role.Admin));
        var spare = await TestAccounts.CreateAsync(app.Factory, Role.Member, cells.Cell.Path);

        var masked = await member.GetFromJsonAsync<MemberDetailDto>("/api/me/record", Json, Cancel);
        var revealed = await (await member.PostAsync("/api/me/record/identity", null, Cancel)).Content.ReadFromJsonAsync<MemberDetailDto>(Json, Cancel);
        var refused = await unlinked.GetAsync("/api/me/record", Cancel);
        var users = await admin.GetFromJsonAsync<List<UserDto>>($"/api/users?q={spare.UserName}", Json, Cancel) ?? [];
        var taken = await admin.PutAsJsonAsync($"/api/users/{users.Single().Id}/member", new LinkMemberRequest { MemberId = memberId }, Json, Cancel);
        var linked = await admin.PutAsJsonAsync($"/api/users/{users.Single().Id}/member", new LinkMemberRequest { MemberId = cells.Members["Lâm Thị Hương"] }, Json, Cancel);

        Assert.Equal(memberId, masked!.Id);
        Assert.StartsWith("••••••••", masked.CitizenId, StringComparison.Ordinal);
        Assert.Matches("^0609[0-9]{4}1234$", revealed!.CitizenId);
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, taken.StatusCode);
        Assert.StartsWith("Hồ sơ đảng viên này đã gắn với tài khoản", (await taken.Content.ReadFromJsonAsync<ValidationProblemDetails>(Json, Cancel))!.Errors["MemberId"][0], StringComparison.Ordinal);
        Assert.Equal(cells.Members["Lâm Thị Hương"], (await linked.Content.ReadFromJsonAsync<UserDto>(Json, Cancel))!.MemberId);
        await using var scope = app.Factory.Services.CreateAsyncScope();
        var context = scope.ServiceProvider.GetRequiredService<DangVuDbContext>();
        var id = memberId.ToString();
        Assert.True(await context.AuditEntries.AnyAsync(e => e.Action == AuditEvent.ConfidentialViewAction && e.EntityId == id, Cancel));
    }
}
