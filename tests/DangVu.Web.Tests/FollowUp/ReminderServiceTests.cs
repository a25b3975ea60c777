using DangVu.Core.FollowUp;
using DangVu.Data.FollowUp;
using DangVu.Data.Infrastructure;
using DangVu.TestCommon.Databases;
using DangVu.TestCommon.FollowUp;
using DangVu.TestCommon.Mail;
using DangVu.Web.Features.FollowUp;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace DangVu.Web.Tests.FollowUp;

/// <summary>
/// The reminder service itself — its timer on a fake clock moved through months, MailKit talking to a real SMTP server on
/// loopback — over one database, stopped and started again as after a restart.
/// </summary>
public sealed class ReminderServiceTests
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Theory]
    [ClassData(typeof(BothDatabases))]
    public async Task Service_MovedThroughTheMonths_SendsTheEscalationOnceAndOnlyOnce_AlsoAfterARestart(DatabaseProvider provider)
    {
        await using var smtp = new LoopbackSmtpServer();
        await using var database = await TestDatabase.CreateAsync(provider);
        var clock = VietnamClock.At(new(2008, 5, 26));
        FollowUpWorld world;
        await using (var setup = Services(database, clock, smtp.Port))
        {
            world = await FollowUpWorld.CreateAsync(setup);
            await InspectionTaskAsync(setup, world);
        }

        // First life: June to the day before the deadline, a pass every simulated day.
        await using (var first = Services(database, clock, smtp.Port))
        {
            var service = await StartAsync(first);
            for (var day = new DateOnly(2008, 6, 1); day <= new DateOnly(2008, 9, 29); day = day.AddDays(1))
            {
                await PassAtAsync(service, clock, day);
            }

            await service.StopAsync(Cancel);
        }

        var beforeDeadline = Subjects(smtp);
        Assert.Contains(beforeDeadline, s => s.StartsWith("Còn 7 ngày đến hạn", StringComparison.Ordinal));
        Assert.DoesNotContain(beforeDeadline, s => s.StartsWith("Quá hạn", StringComparison.Ordinal));

        // Second life: the clock moves past the deadline; then a third, as after a restart, into November.
        await using (var second = Services(database, clock, smtp.Port))
        {
            var service = await StartAsync(second);
            await PassAtAsync(service, clock, new(2008, 10, 1));
            await PassAtAsync(service, clock, new(2008, 10, 2));
            await service.StopAsync(Cancel);
        }

        await using (var third = Services(database, clock, smtp.Port))
        {
            var service = await StartAsync(third);
            for (var day = new DateOnly(2008, 10, 3); day <= new DateOnly(2008, 11, 30); day = day.AddDays(7))
            {
                await PassAtAsync(service, clock, day);
            }

            await service.StopAsync(Cancel);
        }

        var escalations = smtp.Messages.Where(m => (m.Subject ?? string.Empty).StartsWith("Quá hạn, chưa hoàn thành", StringComparison.Ordinal)).ToList();
        Assert.Equal(
            new[] { world.InspectionSecretary.Email, world.Office.Email, world.Officer.Email }.Order(StringComparer.Ordinal),
            escalations.Select(m => m.To.Mailboxes.Single().Address).Order(StringComparer.Ordinal));
        var toOfficer = Assert.Single(escalations, m => m.To.Mailboxes.Single().Address == world.Officer.Email);
        Assert.Contains("Tăng cường công tác kiểm tra, giám sát", toOfficer.Subject, StringComparison.Ordinal);
        Assert.Contains("quá hạn từ 30/09/2008", toOfficer.TextBody, StringComparison.Ordinal);
        Assert.Equal(smtp.Messages.Count, smtp.Messages.Select(m => m.MessageId).Distinct().Count());
        Assert.All(smtp.Messages.GroupBy(m => (m.Subject, m.To.ToString())), group => Assert.Single(group));
    }

    [Theory]
    [ClassData(typeof(BothDatabases))]
    public async Task Service_WhileTheMailServerIsDown_KeepsTheEmail_AndSendsItOnceTheServerIsBack(DatabaseProvider provider)
    {
        await using var smtp = new LoopbackSmtpServer { Refusing = true };
        await using var database = await TestDatabase.CreateAsync(provider);
        var clock = VietnamClock.At(new(2008, 5, 26));
        await using var services = Services(database, clock, smtp.Port);
        var world = await FollowUpWorld.CreateAsync(services);
        await InspectionTaskAsync(services, world, ReportCadence.None);
        var service = await StartAsync(services);

        var down = await PassAtAsync(service, clock, new(2008, 10, 1));
        smtp.Refusing = false;
        var back = await PassAtAsync(service, clock, new(2008, 10, 2));
        var after = await PassAtAsync(service, clock, new(2008, 10, 3));
        await service.StopAsync(Cancel);

        Assert.Equal((3, 0, 3), (down.Recorded, down.Emailed, down.EmailFailures));
        Assert.Equal((0, 3, 0), (back.Recorded, back.Emailed, back.EmailFailures));
        Assert.Equal((0, 0, 0), (after.Recorded, after.Emailed, after.EmailFailures));
        Assert.Equal(3, smtp.Messages.Count);
    }

    private static ServiceProvider Services(TestDatabase database, FakeTimeProvider clock, int smtpPort) =>
        database.BuildServices(services => services
            .AddSingleton<TimeProvider>(clock)
            .AddSingleton<IReminderMailer>(new SmtpReminderMailer(Options.Create(new SmtpOptions { Host = "127.0.0.1", Port = smtpPort, Security = "None", TimeoutSeconds = 10 })))
            .AddSingleton(Options.Create(new ReminderOptions { IntervalMinutes = 60 }))
            .AddSingleton<Microsoft.Extensions.Logging.ILogger<ReminderService>>(NullLogger<ReminderService>.Instance)
            .AddSingleton<ReminderService>());

    private static async Task<ReminderService> StartAsync(IServiceProvider services)
    {
        var service = services.GetRequiredService<ReminderService>();
        await ((IHostedService)service).StartAsync(Cancel);
        await service.Passes.ReadAsync(Cancel); // the pass at start
        return service;
    }

    /// <summary>Moves the clock to 08:00 of the day; the service's own timer fires and runs a pass, which this awaits.</summary>
    private static async Task<DispatchResult> PassAtAsync(ReminderService service, FakeTimeProvider clock, DateOnly day)
    {
        clock.MoveTo(day);
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(Cancel);
        timeout.CancelAfter(TimeSpan.FromMinutes(1));
        return await service.Passes.ReadAsync(timeout.Token);
    }

    private static List<string> Subjects(LoopbackSmtpServer smtp) => [.. smtp.Messages.Select(m => m.Subject ?? string.Empty)];

    private static async Task InspectionTaskAsync(IServiceProvider services, FollowUpWorld world, ReportCadence cadence = ReportCadence.Monthly)
    {
        await using var scope = services.CreateAsyncScope();
        var tasks = scope.ServiceProvider.GetRequiredService<FollowUpTasks>();
        var created = await tasks.CreateFromDocumentAsync(new TasksFromDocument(
            world.SeedKey, ["5"], world.Bloc.Id, [], world.Officer.Id, null, false, null, ReminderDays.Default), Cancel);
        var fifth = Assert.Single(created.Tasks);
        var assigned = await tasks.AssignAsync(fifth.Id, fifth.Version,
            new TaskAssignment(world.Inspection.Id, [], world.Officer.Id, TaskTerm.By(fifth.StartOn, new(2008, 9, 30)), cadence, ReminderDays.Default), cancellationToken: Cancel);
        Assert.Empty(assigned.Errors);
    }
}
