package org.rasad.core.review;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Locale;
import org.rasad.core.model.ActorRef;
import org.rasad.core.model.Event;
import org.rasad.core.model.Location;

/**
 * The coded fields an analyst may correct, each with its check of the new value and its way of
 * putting the value into an event. Values travel as text so that one audit column holds them all.
 * A blank value clears a field that may be absent (actors, fatalities).
 */
public enum CorrectableField {
    EVENT_TYPE("event_type"),
    SUB_EVENT_TYPE("sub_event_type"),
    DATE("date"),
    FATALITIES("fatalities"),
    ACTOR1("actor1"),
    ACTOR2("actor2"),
    LOCATION("location"),
    ADMIN1("admin1"),
    COUNTRY("country"),
    LATITUDE("latitude"),
    LONGITUDE("longitude");

    private final String apiName;

    CorrectableField(String apiName) {
        this.apiName = apiName;
    }

    public String apiName() {
        return apiName;
    }

    /** The field of this API name; the message lists the valid names. */
    public static CorrectableField of(String apiName) {
        return Arrays.stream(values()).filter(f -> f.apiName.equals(apiName)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown field «" + apiName + "»; correctable fields: "
                        + Arrays.stream(values()).map(CorrectableField::apiName).toList()));
    }

    /** The value normalised (trimmed; null for blank), or an exception that says what is wrong with it. */
    public String check(String raw) {
        String v = raw == null || raw.isBlank() ? null : raw.strip();
        if (v != null && v.length() > 300) {
            throw new IllegalArgumentException(apiName + ": value longer than 300 characters");
        }
        switch (this) {
            case EVENT_TYPE -> require(v != null && AcledTypes.isType(v), "not an ACLED event type: " + v
                    + "; one of " + AcledTypes.TYPES);
            case SUB_EVENT_TYPE -> require(v != null && AcledTypes.isSubType(v), "not an ACLED sub-event type: " + v);
            case DATE -> {
                require(v != null, "a date is required (YYYY-MM-DD)");
                try {
                    LocalDate.parse(v);
                } catch (DateTimeParseException e) {
                    throw new IllegalArgumentException("date: «" + v + "» is not a date in the form YYYY-MM-DD");
                }
            }
            case FATALITIES -> require(v == null || v.matches("\\d{1,7}"), "fatalities: «" + v
                    + "» is not a whole number from 0 to 9999999");
            case LOCATION -> require(v != null, "a place name is required");
            case COUNTRY -> {
                require(v != null && v.matches("[A-Za-z]{2}"), "country: «" + v + "» is not an ISO 3166 two-letter code");
                v = v.toUpperCase(Locale.ROOT);
            }
            case LATITUDE -> coordinate(v, 90);
            case LONGITUDE -> coordinate(v, 180);
            default -> { }
        }
        return v;
    }

    private void coordinate(String v, double limit) {
        double d;
        try {
            d = Double.parseDouble(v == null ? "" : v);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(apiName + ": «" + v + "» is not a number of degrees");
        }
        require(Math.abs(d) <= limit, apiName + ": " + v + " is outside ±" + (int) limit + " degrees");
    }

    private static void require(boolean ok, String message) {
        if (!ok) {
            throw new IllegalArgumentException(message);
        }
    }

    /** The field's current value as text (the audit trail's «before»), or null when absent. */
    public String read(Event e) {
        Location l = e.location();
        Object v = switch (this) {
            case EVENT_TYPE -> e.eventType();
            case SUB_EVENT_TYPE -> e.subEventType();
            case DATE -> e.date();
            case FATALITIES -> e.fatalities();
            case ACTOR1 -> e.actor1() == null ? null : e.actor1().name();
            case ACTOR2 -> e.actor2() == null ? null : e.actor2().name();
            case LOCATION -> l == null ? null : l.name();
            case ADMIN1 -> l == null ? null : l.admin1();
            case COUNTRY -> l == null ? null : l.country();
            case LATITUDE -> l == null ? null : l.lat();
            case LONGITUDE -> l == null ? null : l.lon();
        };
        return v == null ? null : v.toString();
    }

    /** The event with this field set to a value that passed {@link #check}. */
    public Event apply(Event e, String v) {
        Location l = e.location();
        return switch (this) {
            case EVENT_TYPE -> with(e, v, AcledTypes.SUB_TYPES.get(v).contains(e.subEventType()) ? e.subEventType() : null,
                    e.date(), e.fatalities(), e.actor1(), e.actor2(), l);
            case SUB_EVENT_TYPE -> with(e, AcledTypes.typeOf(v), v, e.date(), e.fatalities(), e.actor1(), e.actor2(), l);
            case DATE -> new Event(e.eventType(), e.subEventType(), LocalDate.parse(v), 1, e.actor1(), e.actor2(), l,
                    e.fatalities(), e.injured(), e.casualties(), e.claims(), e.evidence());
            case FATALITIES -> with(e, e.eventType(), e.subEventType(), e.date(), v == null ? null : Integer.valueOf(v),
                    e.actor1(), e.actor2(), l);
            case ACTOR1 -> with(e, e.eventType(), e.subEventType(), e.date(), e.fatalities(), actor(e.actor1(), v),
                    e.actor2(), l);
            case ACTOR2 -> with(e, e.eventType(), e.subEventType(), e.date(), e.fatalities(), e.actor1(),
                    actor(e.actor2(), v), l);
            case LOCATION, ADMIN1, COUNTRY, LATITUDE, LONGITUDE -> with(e, e.eventType(), e.subEventType(), e.date(),
                    e.fatalities(), e.actor1(), e.actor2(), PlaceCorrection.apply(this, l, v));
        };
    }

    private static ActorRef actor(ActorRef old, String name) {
        if (name == null) {
            return null;
        }
        return old == null ? new ActorRef(name, null, null, null) : new ActorRef(name, old.text(), old.inter(), old.country());
    }

    private static Event with(Event e, String type, String subType, LocalDate date, Integer fatalities, ActorRef a1,
                              ActorRef a2, Location l) {
        return new Event(type, subType, date, e.timePrecision(), a1, a2, l, fatalities, e.injured(), e.casualties(),
                e.claims(), e.evidence());
    }
}
