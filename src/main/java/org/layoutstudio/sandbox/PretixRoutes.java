package org.layoutstudio.sandbox;

/** The pretix REST API routes. */
final class PretixRoutes implements FrontDoor.Routes {
    private final SandboxState state;

    PretixRoutes(SandboxState state) {
        this.state = state;
    }

    @Override
    public HttpReply handle(ApiRequest request) {
        try {
            if (request.path().startsWith("/api/v1/")) {
                state.tokens().authenticate(request.header("Authorization"));
                return ApiError.notFound().reply();
            }
            return HttpReply.htmlNotFound();
        } catch (ApiError e) {
            return e.reply();
        }
    }
}
