package org.rasad.app.web;

import io.javalin.http.Context;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

/**
 * Guards the write endpoints: a request must carry the configured token as
 * {@code Authorization: Bearer TOKEN}. Without a configured token the server is read-only.
 * Compared in constant time, so response times tell nothing about the token.
 */
final class WriteAccess {

    private final byte[] token;

    WriteAccess(String token) {
        this.token = token == null ? null : token.getBytes(StandardCharsets.UTF_8);
    }

    boolean enabled() {
        return token != null;
    }

    void check(Context ctx) {
        if (token == null) {
            throw new ApiException(403, "this server is read-only: start it with --token or RASAD_TOKEN to allow writes");
        }
        String h = ctx.header("Authorization");
        if (h == null || !h.startsWith("Bearer ")) {
            ctx.header("WWW-Authenticate", "Bearer");
            throw new ApiException(401, "write requests need the header «Authorization: Bearer TOKEN»");
        }
        byte[] given = h.substring("Bearer ".length()).strip().getBytes(StandardCharsets.UTF_8);
        if (!MessageDigest.isEqual(given, token)) {
            ctx.header("WWW-Authenticate", "Bearer");
            throw new ApiException(401, "the token is not valid");
        }
    }
}
