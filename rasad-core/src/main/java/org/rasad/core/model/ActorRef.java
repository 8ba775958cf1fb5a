package org.rasad.core.model;

/**
 * An actor of an event.
 *
 * @param name    canonical ACLED-style name («Islamic State (Libya)»)
 * @param text    the words in the article («داعش»), quoted from the original
 * @param inter   ACLED inter code (1 state forces … 8 external/other), or null when unknown
 * @param country ISO2 code of the actor's country, or null
 */
public record ActorRef(String name, String text, Integer inter, String country) {
}
