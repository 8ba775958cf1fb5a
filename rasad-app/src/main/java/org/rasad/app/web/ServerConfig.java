package org.rasad.app.web;

/**
 * How {@code rasad serve} runs.
 *
 * @param token        the secret write requests must carry, or null to refuse every write
 * @param maxBodyBytes the largest request body accepted (a POST of articles); larger ones get 413
 * @param tileUrl      a map tile URL template ({z}/{x}/{y}) for users online, or null for the offline basemap only
 */
public record ServerConfig(String token, long maxBodyBytes, String tileUrl) {

    public static final long DEFAULT_MAX_BODY = 8L * 1024 * 1024;

    public ServerConfig {
        if (token != null && token.isBlank()) {
            token = null;
        }
        if (token != null && token.length() < 8) {
            throw new IllegalArgumentException("the write token must be at least 8 characters long");
        }
        if (maxBodyBytes < 1024) {
            throw new IllegalArgumentException("the request size limit must be at least 1024 bytes, was " + maxBodyBytes);
        }
        if (tileUrl != null && !(tileUrl.startsWith("https://") || tileUrl.startsWith("http://"))) {
            throw new IllegalArgumentException("the tile URL must start with http:// or https://, was " + tileUrl);
        }
    }
}
