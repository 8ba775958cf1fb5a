package org.rasad.app.web;

/**
 * A request the server cannot serve, with the HTTP status and a one-line message that says what
 * to change. {@link RasadServer} turns it into {@code {"error": message, "status": status}}.
 */
public final class ApiException extends RuntimeException {

    private final int status;

    public ApiException(int status, String message) {
        super(message, null, false, false);
        this.status = status;
    }

    public int status() {
        return status;
    }

    public static ApiException badRequest(String message) {
        return new ApiException(400, message);
    }

    public static ApiException notFound(String message) {
        return new ApiException(404, message);
    }
}
