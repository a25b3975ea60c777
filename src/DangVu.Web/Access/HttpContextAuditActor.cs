using DangVu.Data.Audit;

namespace DangVu.Web.Access;

/// <summary>The signed-in user of the current request, or "anonymous".</summary>
internal sealed class HttpContextAuditActor(IHttpContextAccessor accessor) : IAuditActor
{
    public string Name => accessor.HttpContext?.User.Identity is { IsAuthenticated: true, Name: { } name } ? name : "anonymous";
}
