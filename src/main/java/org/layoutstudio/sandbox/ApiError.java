package org.layoutstudio.sandbox;

/** Thrown inside a handler to answer with a prepared error reply (401, 403, 404, 400 ...). */
final class ApiError extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final transient HttpReply reply;

    ApiError(HttpReply reply) {
        super("HTTP " + reply.status(), null, false, false);
        this.reply = reply;
    }

    static ApiError detail(int status, String detail) {
        return new ApiError(HttpReply.detail(status, detail));
    }

    static ApiError notFound() {
        return detail(404, "Not found.");
    }

    static ApiError forbidden() {
        return detail(403, "You do not have permission to perform this action.");
    }

    HttpReply reply() {
        return reply;
    }
}
