package org.rasad.core.extract;

/**
 * What a cue word tells the extractor; the words themselves live in {@code dict/cues.tsv}.
 */
public enum Cue {
    CLASH, ATTACK, SHOOTING, AIRSTRIKE, AIR_WEAK, SHELLING, SHELL_WEAK, IED, SUICIDE, EXPLOSION, GRENADE,
    KIDNAP, ASSASSINATE, ABUSE, SEXUAL, ARREST, PROTEST, PROTEST_WEAK, PROTESTER, RIOT, THROWN, TYRES, DISPERSE, OPERATION,
    PURSUIT, TAKEOVER, SEIZED, LOOT, DEFUSED, UNCONTESTED,
    KILLED, KILLED_NOUN, INJURED, INJURED_NOUN, COMBINED, TOLL, SUBSET,
    NEGATION, UNREAL, FUTURE, BACKGROUND, JUDICIAL, CONNECTOR, WHILE, SPEECH, NONCONFLICT, CEASEFIRE, IDIOM, SPORT, OCCURRED,
    REASON;

    /** Cues that can report an event on their own (given it is asserted). */
    public boolean isTrigger() {
        return switch (this) {
            case CLASH, ATTACK, AIRSTRIKE, SHELLING, IED, SUICIDE, EXPLOSION, GRENADE, KIDNAP, ASSASSINATE,
                    ABUSE, SEXUAL, ARREST, PROTEST, PROTESTER, RIOT, SHOOTING, DEFUSED, UNCONTESTED, LOOT, SEIZED -> true;
            default -> false;
        };
    }

    public boolean isViolent() {
        return switch (this) {
            case CLASH, ATTACK, AIRSTRIKE, SHELLING, IED, SUICIDE, EXPLOSION, GRENADE, KIDNAP, ASSASSINATE,
                    ABUSE, SEXUAL, SHOOTING -> true;
            default -> false;
        };
    }
}
