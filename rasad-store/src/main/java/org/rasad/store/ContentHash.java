package org.rasad.store;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.rasad.core.model.Article;

/**
 * The identity of an article's content: SHA-256 over its id, text and metadata, each field
 * length-prefixed so that no two different articles can produce the same input to the hash.
 * Ingesting an article whose hash is stored is a no-op.
 */
final class ContentHash {

    private ContentHash() {
    }

    static String of(Article a) {
        MessageDigest sha;
        try {
            sha = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every Java runtime", e);
        }
        for (String field : new String[] {a.id(), a.text(), a.published() == null ? null : a.published().toString(),
                a.source(), a.url(), a.title()}) {
            byte[] b = field == null ? new byte[0] : field.getBytes(StandardCharsets.UTF_8);
            sha.update((field == null ? "-" : b.length + ":").getBytes(StandardCharsets.US_ASCII));
            sha.update(b);
        }
        return HexFormat.of().formatHex(sha.digest());
    }
}
