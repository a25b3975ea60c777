using DangVu.Core.FollowUp;
using DangVu.Data.FollowUp;
using DangVu.Data.Infrastructure;
using DangVu.TestCommon.Databases;
using DangVu.TestCommon.FollowUp;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DangVu.Data.Tests.FollowUp;

public sealed class ReminderDispatcherTests
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Theory]
    [ClassData(typeof(BothDatabases))]
    public async Task RunAsync_ThroughTheMonths_SendsEachReminderOnce_ToTheRightPeople(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var clock = VietnamClock.At(new(2008, 5, 26));
        var mailer = new RecordingMailer();
        await using var services = database.BuildServices(s => s.AddSingleton<TimeProvider>(clock).AddSingleton<IReminderMailer>(mailer));
        var world = await FollowUpWorld.CreateAsync(services);
        var fifth = await InspectionTaskAsync(services, world, new(2008, 9, 30));

        // Every day from June to mid-October, twice a day, as a service that restarts each time would.
        for (var day = new DateOnly(2008, 6, 1); day <= new DateOnly(2008, 10, 15); day = day.AddDays(1))
        {
            clock.MoveTo(day, 7);
            await RunAsync(services);
            clock.MoveTo(day, 19);
            await RunAsync(services);
        }

        var mails = mailer.Sent.ToList();
        var bySubject = mails.GroupBy(m => (m.Subject, m.ToAddress)).ToList();
        Assert.All(bySubject, group => Assert.Single(group));
        Assert.Equal(mails.Count, mails.Select(m => m.MessageId).Distinct().Count());
        var secretary = mails.Where(m => m.ToAddress == world.InspectionSecretary.Email).Select(m => m.Subject).ToList();
        Assert.Equal(7, secretary.Count); // June, July, August without reports; 7 days, 1 day, the day, overdue
        Assert.Contains(secretary, s => s.StartsWith("Còn 7 ngày đến hạn", StringComparison.Ordinal));
        Assert.Contains(secretary, s => s.StartsWith("Còn 1 ngày đến hạn", StringComparison.Ordinal));
        Assert.Contains(secretary, s => s.StartsWith("Hôm nay đến hạn", StringComparison.Ordinal));
        Assert.Equal(3, secretary.Count(s => s.StartsWith("Chưa có báo cáo định kỳ", StringComparison.Ordinal)));
        var escalations = mails.Where(m => m.Subject.StartsWith("Quá hạn", StringComparison.Ordinal)).Select(m => m.ToAddress).Order().ToList();
        Assert.Equal(new[] { world.InspectionSecretary.Email, world.Office.Email, world.Officer.Email }.Order(), escalations);
        Assert.DoesNotContain(mails, m => m.ToAddress == world.HospitalSecretary.Email);
        await using var scope = services.CreateAsyncScope();
        var context = scope.ServiceProvider.GetRequiredService<DangVuDbContext>();
        Assert.Equal(mails.Count, await context.Notifications.CountAsync(n => n.TaskId == fifth.Id, Cancel));
        Assert.True(await context.SentReminders.AllAsync(r => r.Delivery == ReminderDelivery.Sent, Cancel));
    }

    [Theory]
    [ClassData(typeof(BothDatabases))]
    public async Task RunAsync_AfterAClockJumpAndBack_OnlyTheLatestDueReminderGoes_AndNothingRepeats(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var clock = new SettableClock(VietnamClock.Moment(new(2008, 5, 26)));
        var mailer = new RecordingMailer();
        await using var services = database.BuildServices(s => s.AddSingleton<TimeProvider>(clock).AddSingleton<IReminderMailer>(mailer));
        var world = await FollowUpWorld.CreateAsync(services);
        await InspectionTaskAsync(services, world, new(2008, 9, 30), ReportCadence.None);

        clock.Now = VietnamClock.Moment(new(2008, 9, 29)); // down from May until the day before the deadline
        await RunAsync(services);
        clock.Now = VietnamClock.Moment(new(2008, 9, 24)); // the clock jumps back
        await RunAsync(services);
        clock.Now = VietnamClock.Moment(new(2008, 10, 3)); // and forward past the deadline
        await RunAsync(services);
        await RunAsync(services);

        Assert.Equal(["Còn 1 ngày đến hạn", "Còn 7 ngày đến hạn", "Quá hạn, chưa hoàn thành"], // 7 days comes only when the clock says so
            mailer.Sent.Where(m => m.ToAddress == world.InspectionSecretary.Email).Select(m => m.Subject.Split(':')[0]));
    }

    [Theory]
    [ClassData(typeof(BothDatabases))]
    public async Task RunAsync_WhenTheMailServerFails_TheNotificationStays_AndTheEmailGoesOnceItRecovers(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var clock = VietnamClock.At(new(2008, 5, 26));
        var mailer = new RecordingMailer();
        await using var services = database.BuildServices(s => s.AddSingleton<TimeProvider>(clock).AddSingleton<IReminderMailer>(mailer));
        var world = await FollowUpWorld.CreateAsync(services);
        await InspectionTaskAsync(services, world, new(2008, 9, 30), ReportCadence.None);

        clock.MoveTo(new(2008, 10, 1));
        mailer.Failing = true;
        var failed = await RunAsync(services);
        mailer.Failing = false;
        var recovered = await RunAsync(services);
        var again = await RunAsync(services);

        Assert.Equal((3, 0, 3), (failed.Recorded, failed.Emailed, failed.EmailFailures));
        Assert.Equal((0, 3, 0), (recovered.Recorded, recovered.Emailed, recovered.EmailFailures));
        Assert.Equal((0, 0, 0), (again.Recorded, again.Emailed, again.EmailFailures));
        Assert.Equal(3, mailer.Sent.Count);
        await using var scope = services.CreateAsyncScope();
        var inbox = scope.ServiceProvider.GetRequiredService<NotificationInbox>();
        Assert.Equal(1, await inbox.UnreadAsync(world.Officer.Id, Cancel));
        Assert.True(await inbox.MarkReadAsync(world.Officer.Id, null, Cancel));
        Assert.Equal(0, await inbox.UnreadAsync(world.Officer.Id, Cancel));
        Assert.False(await inbox.MarkReadAsync(world.Office.Id, Guid.NewGuid(), Cancel));
    }

    [Theory]
    [ClassData(typeof(BothDatabases))]
    public async Task RunAsync_WithoutAMailServer_RemindsInTheAppOnly(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var clock = VietnamClock.At(new(2008, 5, 26));
        await using var services = database.BuildServices(s => s.AddSingleton<TimeProvider>(clock));
        var world = await FollowUpWorld.CreateAsync(services);
        await InspectionTaskAsync(services, world, new(2008, 9, 30), ReportCadence.None);

        clock.MoveTo(new(2008, 10, 1));
        var result = await RunAsync(services);

        Assert.Equal(3, result.Recorded);
        await using var scope = services.CreateAsyncScope();
        Assert.True(await scope.ServiceProvider.GetRequiredService<DangVuDbContext>().SentReminders.AllAsync(r => r.Delivery == ReminderDelivery.InAppOnly, Cancel));
    }

    private static async Task<DispatchResult> RunAsync(ServiceProvider services)
    {
        await using var scope = services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<ReminderDispatcher>().RunAsync(Cancel);
    }

    private static async Task<FollowUpTask> InspectionTaskAsync(ServiceProvider services, FollowUpWorld world, DateOnly due, ReportCadence cadence = ReportCadence.Monthly)
    {
        var fifth = (await FollowUpTasksTests.CreateSeedTasksAsync(services, world)).Tasks.Single(t => t.SourceParagraph == "5");
        await using var scope = services.CreateAsyncScope();
        var context = scope.ServiceProvider.GetRequiredService<DangVuDbContext>();
        // Only task 5 is followed here: the others are closed as done the day they were made.
        await context.FollowUpTasks.Where(t => t.Id != fifth.Id).ExecuteUpdateAsync(set => set.SetProperty(t => t.CompletedOn, new DateOnly(2008, 5, 26)), Cancel);
        var outcome = await scope.ServiceProvider.GetRequiredService<FollowUpTasks>().AssignAsync(fifth.Id, fifth.Version,
            new TaskAssignment(world.Inspection.Id, [], world.Officer.Id, TaskTerm.By(fifth.StartOn, due), cadence, ReminderDays.Default), cancellationToken: Cancel);
        return outcome.Task!;
    }
}
