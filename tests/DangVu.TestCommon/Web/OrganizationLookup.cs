using DangVu.Data.Organizations;
using Microsoft.Extensions.DependencyInjection;

namespace DangVu.TestCommon.Web;

public static class OrganizationLookup
{
    /// <summary>An organization's materialized path, for granting a test account that subtree.</summary>
    public static async Task<string?> GetOrganizationPathAsync(this IServiceProvider services, Guid id)
    {
        await using var scope = services.CreateAsyncScope();
        return (await scope.ServiceProvider.GetRequiredService<OrganizationQueries>().FindAsync(id))?.Path;
    }
}
