namespace DangVu.Web.Access;

internal static class SecurityHeaders
{
    /// <summary>Headers that keep pages out of frames, stop MIME sniffing and confine scripts to this origin.</summary>
    public static IApplicationBuilder UseSecurityHeaders(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        var headers = context.Response.Headers;
        headers.XContentTypeOptions = "nosniff";
        headers.XFrameOptions = "DENY";
        headers["Referrer-Policy"] = "same-origin";
        // The API reference page (Scalar) runs inline scripts of its own; every other page runs none.
        if (!context.Request.Path.StartsWithSegments("/api/docs"))
        {
            headers.ContentSecurityPolicy = "default-src 'self'; img-src 'self' data:; style-src 'self'; frame-ancestors 'none'; form-action 'self'";
        }

        await next();
    });
}
