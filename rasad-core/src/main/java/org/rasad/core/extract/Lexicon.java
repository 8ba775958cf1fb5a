package org.rasad.core.extract;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.rasad.core.dict.DictionaryException;
import org.rasad.core.dict.PhraseMatcher;
import org.rasad.core.dict.TsvReader;
import org.rasad.core.dict.TsvReader.Row;
import org.rasad.core.text.Normalizer;

/**
 * Everything the extractor knows about words, loaded once from the analyst-editable files in
 * {@code org/rasad/core/dict/}: cues, actors, countries, person nouns and place words. A user
 * directory ({@code --dict DIR}) may hold files of the same names whose rows are added after the
 * bundled ones; an actor alias given again by the user replaces the bundled meaning.
 *
 * <p>Every phrase goes through the same {@link Normalizer} as the text, so the files are written in
 * ordinary spelling. Immutable and thread-safe.
 */
public final class Lexicon {

    private static final String BASE = "org/rasad/core/dict/";
    private static volatile Lexicon bundled;

    final PhraseMatcher<Cue> cues;
    final PhraseMatcher<Cue> occurrences;
    final PhraseMatcher<Cue> reasons;
    final PhraseMatcher<ActorEntry> actors;
    final PhraseMatcher<Country> countryNames;
    final PhraseMatcher<PlaceWord> placeWords;
    /** Common words that are never a place name on their own («أخرى», «المستشفيات»), in matching form. */
    final Set<String> notPlaceNames;
    final Map<String, Country> nisba;
    final Map<String, Country> byIso;
    final Set<String> persons;
    final Map<String, String> personSingular;
    final Map<String, ActorEntry> byCanonical;

    private Lexicon(Path userDir) {
        PhraseMatcher.Builder<Cue> cueBuilder = PhraseMatcher.builder();
        PhraseMatcher.Builder<Cue> occurrenceBuilder = PhraseMatcher.builder();
        PhraseMatcher.Builder<Cue> reasonBuilder = PhraseMatcher.builder();
        for (Row row : rows("cues.tsv", 2, userDir)) {
            Cue cue = parseEnum(Cue.class, row, row.cell(0));
            // verbs of occurrence («قتل», «استهدف») and reasons for a protest («احتجاجا على») overlap the
            // other classes: matched on their own so that they never change how the other phrases cut the text
            PhraseMatcher.Builder<Cue> target = cue == Cue.OCCURRED ? occurrenceBuilder
                    : cue == Cue.REASON ? reasonBuilder : cueBuilder;
            for (String phrase : TsvReader.values(row.cell(1))) {
                target.add(phrase, cue);
            }
        }
        cues = cueBuilder.build();
        occurrences = occurrenceBuilder.build();
        reasons = reasonBuilder.build();

        byIso = new LinkedHashMap<>();
        nisba = new HashMap<>();
        PhraseMatcher.Builder<Country> countryBuilder = PhraseMatcher.builder();
        for (Row row : rows("countries.tsv", 7, userDir)) {
            Country c = new Country(row.cell(0), row.cell(1), row.cell(2), number(row, 3), number(row, 4));
            byIso.put(c.iso2(), c);
            for (String name : TsvReader.values(row.cell(5))) {
                countryBuilder.add(name, c);
            }
            for (String adjective : TsvReader.values(row.cell(6))) {
                nisba.put(Normalizer.normalize(adjective), c);
                nisba.put("ال" + Normalizer.normalize(adjective), c);
            }
        }
        countryNames = countryBuilder.build();

        // an alias of several bundled rows keeps every meaning («أنصار الإسلام»: Burkina Faso's group and Iraq's), and
        // the article's country picks one; an alias the user gives again replaces the bundled meanings
        Map<String, List<ActorEntry>> aliases = new LinkedHashMap<>();
        Set<String> userAliases = new HashSet<>();
        byCanonical = new HashMap<>();
        for (Row row : rows("actors.tsv", 5, userDir)) {
            boolean fromUser = !row.file().equals(BASE + "actors.tsv");
            String iso = row.cell(2);
            ActorEntry entry = new ActorEntry(row.cell(0), (int) number(row, 1),
                    iso.isEmpty() || iso.equals("*") || iso.equals("XX") ? null : iso,
                    row.cell(3).isEmpty() ? null : row.cell(3));
            if (entry.inter() < 1 || entry.inter() > 8) {
                throw row.error("inter code must be 1 to 8, was " + entry.inter());
            }
            byCanonical.putIfAbsent(entry.canonical(), entry);
            for (String alias : TsvReader.values(row.cell(4))) {
                String key = Normalizer.normalize(alias).strip();
                if (fromUser && userAliases.add(key)) {
                    aliases.remove(key);
                }
                List<ActorEntry> meanings = aliases.computeIfAbsent(key, k -> new ArrayList<>());
                if (!meanings.contains(entry)) {
                    meanings.add(entry);
                }
            }
        }
        PhraseMatcher.Builder<ActorEntry> actorBuilder = PhraseMatcher.builder();
        aliases.forEach((alias, meanings) -> meanings.forEach(e -> actorBuilder.add(alias, e)));
        actors = actorBuilder.build();

        persons = new HashSet<>();
        personSingular = new HashMap<>();
        for (Row row : rows("persons.tsv", 1, userDir)) {
            String singular = Normalizer.normalize(row.cell(0));
            persons.add(singular);
            personSingular.put(singular, singular);
            addRegularForms(singular, true);
            for (String form : TsvReader.values(row.cell(1))) {
                String normal = Normalizer.normalize(form);
                persons.add(normal);
                addRegularForms(normal, false);
            }
        }
        nisba.keySet().forEach(persons::add);

        PhraseMatcher.Builder<PlaceWord> placeBuilder = PhraseMatcher.builder();
        Set<String> notNames = new HashSet<>();
        for (Row row : rows("places.tsv", 2, userDir)) {
            if (row.cell(0).equals("NOT_NAME")) {
                for (String phrase : TsvReader.values(row.cell(1))) {
                    notNames.add(Normalizer.normalize(phrase).strip());
                }
                continue;
            }
            PlaceWord.Kind kind = parseEnum(PlaceWord.Kind.class, row, row.cell(0));
            for (String phrase : TsvReader.values(row.cell(1))) {
                int colon = phrase.indexOf(':');
                int bearing = colon < 0 ? 0 : Integer.parseInt(phrase.substring(colon + 1).strip());
                String words = colon < 0 ? phrase : phrase.substring(0, colon);
                placeBuilder.add(words, new PlaceWord(kind, bearing, Normalizer.normalize(words).strip()));
            }
        }
        placeWords = placeBuilder.build();
        notPlaceNames = Set.copyOf(notNames);
    }

    /** The bundled dictionaries, loaded on first use. */
    public static Lexicon bundled() {
        Lexicon l = bundled;
        if (l == null) {
            synchronized (Lexicon.class) {
                l = bundled;
                if (l == null) {
                    bundled = l = new Lexicon(null);
                }
            }
        }
        return l;
    }

    /** The bundled dictionaries extended by the files in {@code dir}. */
    public static Lexicon withUserDictionaries(Path dir) {
        if (!Files.isDirectory(dir)) {
            throw new DictionaryException("dictionary directory " + dir + " does not exist or is not a directory");
        }
        return new Lexicon(dir);
    }

    /** The dictionary entry with this canonical name (e.g. «Protesters ({country})»), or a bare one. */
    ActorEntry actor(String canonical, int inter) {
        return byCanonical.getOrDefault(canonical, new ActorEntry(canonical, inter, null, null));
    }

    public Country country(String iso2) {
        return iso2 == null ? null : byIso.get(iso2);
    }

    private static List<Row> rows(String name, int minColumns, Path userDir) {
        List<Row> rows = new ArrayList<>(TsvReader.resource(BASE + name, minColumns));
        if (userDir != null && Files.isRegularFile(userDir.resolve(name))) {
            rows.addAll(TsvReader.file(userDir.resolve(name), minColumns));
        }
        return rows;
    }

    private static double number(Row row, int column) {
        try {
            return Double.parseDouble(row.cell(column));
        } catch (NumberFormatException e) {
            throw row.error("column " + (column + 1) + " must be a number, was «" + row.cell(column) + "»");
        }
    }

    private static <E extends Enum<E>> E parseEnum(Class<E> type, Row row, String value) {
        try {
            return Enum.valueOf(type, value);
        } catch (IllegalArgumentException e) {
            throw row.error("unknown " + type.getSimpleName() + " «" + value + "»; known: "
                    + java.util.Arrays.toString(type.getEnumConstants()));
        }
    }

    /**
     * The forms of a noun that counts people which follow from it by rule, so that persons.tsv need not spell them: the
     * accusative of a count («أربعين فلاحا», «ستة عشر قرويا») and, of the singular, the dual and sound plural in «ين»
     * and «ون» («قرويين», «مهاجمون»). Not the dual in «ان», which turns «طالب» into «طالبان»; not for nouns ending in
     * «ة» or a long vowel, which inflect otherwise.
     */
    private void addRegularForms(String noun, boolean singular) {
        if (noun.indexOf(' ') >= 0 || noun.length() < 3 || noun.endsWith("ه") || noun.endsWith("ا") || noun.endsWith("ء")) {
            return;
        }
        persons.add(noun + "ا");
        if (singular) {
            persons.add(noun + "ين");
            persons.add(noun + "ون");
        }
    }
}
