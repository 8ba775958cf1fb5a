package org.rasad.core.export;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.rasad.core.consolidate.ConsolidatedEvent;
import org.rasad.core.model.ActorRef;
import org.rasad.core.model.Event;
import org.rasad.core.model.Location;

/**
 * One consolidated event in ACLED's form: {@link #COLUMNS} in ACLED's order, each value typed
 * (String, Integer, Double or null for an empty cell), so that CSV and GeoJSON writers share the mapping.
 *
 * <p>{@code event_id_cnty} is the ISO3 code joined to Rasad's event id («LBY-ev-3f2a...»), so a row
 * can always be traced back to {@code rasad events}; {@code source} lists the outlets, {@code notes}
 * the conflicting claims ({@link AcledNotes}); {@code fatalities} follows {@link AcledConventions}.
 */
public record AcledRow(Map<String, Object> values) {

    public static final List<String> COLUMNS = List.of("event_id_cnty", "event_date", "year", "time_precision",
            "disorder_type", "event_type", "sub_event_type", "actor1", "assoc_actor_1", "inter1", "actor2",
            "assoc_actor_2", "inter2", "interaction", "civilian_targeting", "iso", "region", "country", "admin1",
            "admin2", "admin3", "location", "latitude", "longitude", "geo_precision", "source", "source_scale",
            "notes", "fatalities", "tags", "timestamp");

    public AcledRow {
        if (!values.keySet().equals(new java.util.LinkedHashSet<>(COLUMNS))) {
            throw new IllegalArgumentException("an ACLED row needs exactly the columns " + COLUMNS + ", got " + values.keySet());
        }
        values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
    }

    /**
     * @param timestamp the row's {@code timestamp} column: Unix seconds of the last change (ACLED's meaning)
     */
    public static AcledRow of(ConsolidatedEvent c, long timestamp) {
        Event e = c.event();
        Location place = e.location();
        Country country = Country.of(place != null && place.country() != null ? place.country() : actorCountry(e));
        Integer inter1 = e.actor1() == null ? null : e.actor1().inter();
        Integer inter2 = e.actor2() == null ? null : e.actor2().inter();
        Map<String, Object> v = new LinkedHashMap<>();
        v.put("event_id_cnty", (country == null || country.iso3().isEmpty() ? "" : country.iso3() + "-") + c.eventId());
        v.put("event_date", e.date() == null ? null : e.date().toString());
        v.put("year", e.date() == null ? null : e.date().getYear());
        v.put("time_precision", e.timePrecision());
        v.put("disorder_type", AcledConventions.disorderType(e.eventType()));
        v.put("event_type", e.eventType());
        v.put("sub_event_type", e.subEventType());
        v.put("actor1", name(e.actor1()));
        v.put("assoc_actor_1", null);
        v.put("inter1", inter1);
        v.put("actor2", name(e.actor2()));
        v.put("assoc_actor_2", null);
        v.put("inter2", inter2);
        v.put("interaction", AcledConventions.interaction(inter1, inter2));
        v.put("civilian_targeting", AcledConventions.civilianTargeting(e.eventType(), inter2));
        v.put("iso", country == null ? null : country.numeric());
        v.put("region", country == null ? null : emptyToNull(country.region()));
        v.put("country", country == null ? null : country.name());
        v.put("admin1", place == null ? null : place.admin1());
        v.put("admin2", null);
        v.put("admin3", null);
        v.put("location", place == null ? null : place.name());
        v.put("latitude", place == null ? null : place.lat());
        v.put("longitude", place == null ? null : place.lon());
        v.put("geo_precision", place == null ? null : place.geoPrecision());
        v.put("source", String.join("; ", AcledNotes.sources(c)));
        v.put("source_scale", null);
        v.put("notes", AcledNotes.of(c));
        v.put("fatalities", AcledConventions.fatalities(e.fatalities(), c.claims()));
        v.put("tags", null);
        v.put("timestamp", timestamp);
        return new AcledRow(v);
    }

    public Object get(String column) {
        return values.get(column);
    }

    private static String name(ActorRef a) {
        return a == null ? null : a.name();
    }

    private static String actorCountry(Event e) {
        if (e.actor2() != null && e.actor2().country() != null) {
            return e.actor2().country();
        }
        return e.actor1() == null ? null : e.actor1().country();
    }

    private static String emptyToNull(String s) {
        return s == null || s.isEmpty() ? null : s;
    }
}
