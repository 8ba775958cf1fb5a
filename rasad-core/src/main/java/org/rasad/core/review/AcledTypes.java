package org.rasad.core.review;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** ACLED's event types and their sub-event types, spelled as ACLED spells them. */
public final class AcledTypes {

    public static final Map<String, List<String>> SUB_TYPES;

    static {
        Map<String, List<String>> m = new LinkedHashMap<>();
        m.put("Battles", List.of("Armed clash", "Government regains territory", "Non-state actor overtakes territory"));
        m.put("Explosions/Remote violence", List.of("Chemical weapon", "Air/drone strike", "Suicide bomb",
                "Shelling/artillery/missile attack", "Remote explosive/landmine/IED", "Grenade"));
        m.put("Violence against civilians", List.of("Sexual violence", "Attack", "Abduction/forced disappearance"));
        m.put("Protests", List.of("Peaceful protest", "Protest with intervention", "Excessive force against protesters"));
        m.put("Riots", List.of("Violent demonstration", "Mob violence"));
        m.put("Strategic developments", List.of("Agreement", "Arrests", "Change to group/activity",
                "Disrupted weapons use", "Headquarters or base established", "Looting/property destruction",
                "Non-violent transfer of territory", "Other"));
        SUB_TYPES = Map.copyOf(m);
    }

    /** The types in ACLED's order. */
    public static final List<String> TYPES = List.of("Battles", "Explosions/Remote violence",
            "Violence against civilians", "Protests", "Riots", "Strategic developments");

    private AcledTypes() {
    }

    public static boolean isType(String s) {
        return SUB_TYPES.containsKey(s);
    }

    public static boolean isSubType(String s) {
        return SUB_TYPES.values().stream().anyMatch(l -> l.contains(s));
    }

    /** The type a sub-event type belongs to, or null for an unknown sub-type. */
    public static String typeOf(String subType) {
        return SUB_TYPES.entrySet().stream().filter(e -> e.getValue().contains(subType))
                .map(Map.Entry::getKey).findFirst().orElse(null);
    }
}
