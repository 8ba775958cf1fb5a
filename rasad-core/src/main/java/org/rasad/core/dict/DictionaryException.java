package org.rasad.core.dict;

/** A dictionary file is missing or has a bad entry; the message names the file and line. */
public class DictionaryException extends RuntimeException {
    public DictionaryException(String message) {
        super(message);
    }
}
