using System.Net;
using System.Text.RegularExpressions;
using DangVu.Core.Access;
using DangVu.TestCommon.Web;
using DangVu.Web.Access;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace DangVu.Web.Tests.Access;

/// <summary>
/// Walks every endpoint the app maps and calls it as an anonymous caller and as callers whose roles do not
/// reach it. A new endpoint is covered the day it is mapped; one that answers such a caller fails here.
/// </summary>
public sealed partial class EndpointAuthorizationTests(AppFixture app) : IClassFixture<AppFixture>
{
    /// <summary>What may answer anonymous callers, and why. Everything else must refuse them.</summary>
    private static readonly (Regex Route, string Why)[] PublicEndpoints =
    [
        (new("^/health$"), "load balancers probe it; it tells only Healthy/Unhealthy"),
        (new("^/health/live$"), "liveness probe: answers Healthy without reading anything"),
        (new("^/dang-nhap$"), "the login form"),
        (new(@"^/loi(/\{code:int\?\})?$"), "the error page"),
        (new(@"^/(css|fonts)/"), "styles and the font of the login page"),
        (new(@"^/favicon(\.[a-z0-9]+)?\.svg(\.gz)?$"), "the tab icon"),
        (new(@"^/api/docs/(scalar(\.aspnetcore)?\.js|favicon\.svg)$"), "the API reference page's own script and icon: published code, no data"),
    ];

    public static TheoryData<string, string> Endpoints()
    {
        var data = new TheoryData<string, string>();
        foreach (var (method, route) in EndpointListing.Routes())
        {
            data.Add(method, route);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Endpoints))]
    public async Task Endpoint_AnonymousCaller_IsRefusedUnlessPublic(string method, string route)
    {
        using var client = SignedInClient.Anonymous(app.Factory);

        using var response = await client.SendAsync(new HttpRequestMessage(new HttpMethod(method), Concrete(route)), TestContext.Current.CancellationToken);

        if (PublicEndpoints.Any(p => p.Route.IsMatch(route)))
        {
            Assert.NotEqual(HttpStatusCode.Unauthorized, response.StatusCode);
            return;
        }

        Assert.True(IsRefusal(response, toLogin: true), $"{method} {route} answered an anonymous caller with {(int)response.StatusCode} {response.Headers.Location}");
    }

    [Theory]
    [MemberData(nameof(Endpoints))]
    public async Task Endpoint_CallerWithoutTheRole_IsRefused(string method, string route)
    {
        var required = RequiredRoles(method, route);
        foreach (var role in Enum.GetValues<Role>().Where(role => required is not null && !required.Contains(role)))
        {
            using var client = await SignedInClient.CreateAsync(app.Factory, await TestAccounts.CreateAsync(app.Factory, role));

            using var response = await client.SendAsync(new HttpRequestMessage(new HttpMethod(method), Concrete(route)), TestContext.Current.CancellationToken);

            Assert.True(IsRefusal(response, toLogin: false), $"{method} {route} answered a {role} with {(int)response.StatusCode}");
        }
    }

    [Theory]
    [MemberData(nameof(Endpoints))]
    public async Task Endpoint_ForOwnRecords_RefusesEveryRoleWithoutALinkedMemberFile(string method, string route)
    {
        if (!Names(method, route, Policies.OwnRecord))
        {
            return;
        }

        foreach (var role in Enum.GetValues<Role>())
        {
            using var client = await SignedInClient.CreateAsync(app.Factory, await TestAccounts.CreateAsync(app.Factory, role));

            using var response = await client.SendAsync(new HttpRequestMessage(new HttpMethod(method), Concrete(route)), TestContext.Current.CancellationToken);

            Assert.True(IsRefusal(response, toLogin: false), $"{method} {route} answered a {role} without a member file with {(int)response.StatusCode}");
        }
    }

    [Fact]
    public void Endpoints_ForOwnRecords_ExistAndAllNameThePolicy()
    {
        var own = EndpointListing.Routes().Where(r => r.Route.StartsWith("/api/me/", StringComparison.Ordinal)).ToList();

        Assert.NotEmpty(own);
        Assert.All(own, r => Assert.True(Names(r.Method, r.Route, Policies.OwnRecord), $"{r.Method} {r.Route} does not name {Policies.OwnRecord}"));
    }

    [Fact]
    public void Endpoints_AnonymousOnesAreAllListedPublic()
    {
        var endpoints = app.Factory.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>().ToList();

        Assert.NotEmpty(endpoints);
        foreach (var endpoint in endpoints)
        {
            var route = EndpointListing.Route(endpoint);
            // The rest name a policy or fall to the fallback policy (signed in, current password).
            var anonymous = endpoint.Metadata.GetMetadata<IAllowAnonymous>() is not null;
            Assert.True(!anonymous || PublicEndpoints.Any(p => p.Route.IsMatch(route)), $"{route} allows anonymous callers but is not in the public list");
        }
    }

    /// <summary>Whether an endpoint names <paramref name="policy"/>.</summary>
    private bool Names(string method, string route, string policy) =>
        app.Factory.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .First(e => EndpointListing.Route(e) == route && EndpointListing.Methods(e).Contains(method))
            .Metadata.GetOrderedMetadata<IAuthorizeData>().Any(data => data.Policy == policy);

    /// <summary>The roles an endpoint's policies admit; null when any signed-in user may call it.</summary>
    private HashSet<Role>? RequiredRoles(string method, string route)
    {
        var endpoint = app.Factory.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .First(e => EndpointListing.Route(e) == route && EndpointListing.Methods(e).Contains(method));
        HashSet<Role>? roles = null;
        foreach (var policy in endpoint.Metadata.GetOrderedMetadata<IAuthorizeData>().Select(data => data.Policy))
        {
            if (policy is not null && Policies.RolesByPolicy.TryGetValue(policy, out var admitted))
            {
                roles = roles is null ? [.. admitted] : [.. roles.Intersect(admitted)];
            }
        }

        return roles;
    }

    private static bool IsRefusal(HttpResponseMessage response, bool toLogin) => response.StatusCode switch
    {
        HttpStatusCode.Unauthorized => toLogin,
        HttpStatusCode.Forbidden => !toLogin,
        HttpStatusCode.Redirect => response.Headers.Location?.OriginalString.Contains(toLogin ? "/dang-nhap" : "/khong-du-quyen", StringComparison.Ordinal) == true,
        _ => false,
    };

    private static string Concrete(string route) => RouteParameter().Replace(route, Guid.Empty.ToString());

    [GeneratedRegex(@"\{[^}]+\}")]
    private static partial Regex RouteParameter();
}
