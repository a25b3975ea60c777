using DangVu.Data.Infrastructure;
using DangVu.TestCommon.Databases;
using DangVu.TestCommon.Web;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace DangVu.Web.Tests.Access;

/// <summary>Reads the endpoint table of the real app, started once on a throw-away database.</summary>
internal static class EndpointListing
{
    private static readonly Lazy<List<(string Method, string Route)>> All = new(ReadRoutes);

    public static IReadOnlyList<(string Method, string Route)> Routes() => All.Value;

    /// <summary>The HTTP methods an endpoint answers; Razor Pages answer GET and POST.</summary>
    public static IReadOnlyList<string> Methods(RouteEndpoint endpoint) =>
        endpoint.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods.ToList() is { Count: > 0 } methods ? methods : ["GET", "POST"];

    public static string Route(RouteEndpoint endpoint) => "/" + endpoint.RoutePattern.RawText?.TrimStart('/');

    private static List<(string Method, string Route)> ReadRoutes()
    {
        // Theory data is gathered before any fixture exists, so this start is synchronous.
        var database = TestDatabase.CreateAsync(DatabaseProvider.Sqlite, migrate: false).GetAwaiter().GetResult();
        try
        {
            using var factory = new DangVuAppFactory(database);
            return factory.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
                .SelectMany(endpoint => Methods(endpoint).Select(method => (Method: method, Route: Route(endpoint))))
                .Distinct()
                .OrderBy(pair => pair.Route, StringComparer.Ordinal)
                .ThenBy(pair => pair.Method, StringComparer.Ordinal)
                .ToList();
        }
        finally
        {
            database.DisposeAsync().AsTask().GetAwaiter().GetResult();
        }
    }
}
