package org.rasad.core.extract;

/**
 * An actor named in the text: tokens {@code [start, end)}, what the dictionary says it is, and the
 * name it takes here (generic actors take the country of the context).
 *
 * @param start     first token
 * @param end       one past the last token
 * @param entry     the dictionary entry
 * @param name      canonical name in context («Military Forces of Egypt»)
 * @param country   the country it belongs to here, or null
 * @param anaphoric true when the text only referred back to it («التنظيم», «قواته»)
 */
record ActorMention(int start, int end, ActorEntry entry, String name, Country country, boolean anaphoric) {

    boolean isCivilian() {
        return entry.isCivilian();
    }
}
