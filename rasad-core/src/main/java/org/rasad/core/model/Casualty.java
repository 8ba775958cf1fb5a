package org.rasad.core.model;

/**
 * Casualties of one side of an event, as the article reports them.
 *
 * @param actor   canonical name of the side, or null when the text does not say whose they were
 * @param killed  reported deaths, or null
 * @param injured reported injuries, or null
 */
public record Casualty(String actor, Integer killed, Integer injured) {
}
