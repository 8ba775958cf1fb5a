package org.rasad.core.geo;

/** A dump or index file that does not have the documented format; the message names the file and line. */
public class GazetteerFormatException extends RuntimeException {
    public GazetteerFormatException(String message) {
        super(message);
    }

    static GazetteerFormatException atLine(String file, long line, String problem) {
        return new GazetteerFormatException(file + " line " + line + ": " + problem
                + " (a truncated or corrupt download? fetch the file again; the previous index is unchanged)");
    }
}
