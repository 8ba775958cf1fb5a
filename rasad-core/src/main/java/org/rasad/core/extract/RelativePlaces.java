package org.rasad.core.extract;

import org.rasad.core.dict.PhraseMatcher;

/**
 * Places given relative to others: a region of a country («جنوب ليبيا», «الجنوب الليبي»), somewhere in a
 * direction from a named place («جنوب القطرون»), and a place with its bearing and distance from another
 * («جبل عصيدة غرب القطرون بحوالي 80 كيلومترا»).
 */
final class RelativePlaces {

    /** «على بعد», «على مسافة»: what opens a distance told after a comma. */
    private static final java.util.Set<String> AT_A_DISTANCE = WordLists.of("AT_A_DISTANCE");

    private RelativePlaces() {
    }

    /**
     * «الضاحية الجنوبية لبيروت», «الأطراف الجنوبية لطرابلس», «الريف الغربي لمحافظة حماة»: a side of a town, told by
     * the direction adjective and the town in «ل» after it; somewhere that way from the town, like «جنوب القطرون».
     * Null unless what follows the «ل» is a place word with its name or a place the gazetteer knows.
     */
    private static PlaceMention sideOfTown(Annotations a, PlaceWord w, int j, int to) {
        TextIndex ix = a.ix;
        if (j >= to || !ix.word(j).startsWith("ل") || ix.word(j).startsWith("ال") || ix.word(j).length() < 3) {
            return null;
        }
        int start = j;
        if (a.placeWord[j] != null && a.placeWord[j].introducesName()) {
            start = a.placeWordEnd[j];  // «لمدينة حمص», «لمحافظة حماة»
        }
        int end = PlaceNameSpans.nameEnd(a, start, to);
        if (end <= start) {
            return null;
        }
        String name = PlaceNameSpans.join(ix, start, end);
        if (start == j) {
            String country = a.country == null ? null : a.country.iso2();
            name = PlaceNameSpans.withoutLam(name).stream().filter(n -> a.knownPlaces.isPlace(n, country)).findFirst()
                    .orElse(null);
            if (name == null) {
                return null;
            }
        }
        return new PlaceMention(start, end, name, PlaceMention.Kind.NAMED, "offset", name, w.bearing(), null, null);
    }

    /** The words {@code [from, to)} as the name of a known place, without a preposition written on the first; else null. */
    static String knownWhole(Annotations a, int from, int to) {
        String name = PlaceNameSpans.join(a.ix, from, to);
        String country = a.country == null ? null : a.country.iso2();
        if (a.knownPlaces.isPlace(name, country)) {
            return name;
        }
        String bare = PlaceNameSpans.withoutPreposition(a, name);
        return bare.equals(name) ? null : bare;
    }

    /** «جنوب ليبيا», «جنوب غربي البلاد», «الجنوب الليبي», «في الجنوب». */
    static PlaceMention region(Annotations a, int i, int to) {
        if (i >= to) {
            return null;
        }
        TextIndex ix = a.ix;
        PlaceWord w = a.placeWord[i];
        if (w == null || w.kind() != PlaceWord.Kind.DIRECTION) {
            return null;
        }
        int j = a.placeWordEnd[i];
        if (j < to && i > 0 && ix.word(j).equals(")") && ix.word(i - 1).equals("(")) {
            return null;  // «في فان (شرق)»: the part of the country a town lies in, glossed; nothing after it is named
        }
        Country c = null;
        int end = j;
        boolean countryRef = j < to && a.placeWord[j] != null && a.placeWord[j].kind() == PlaceWord.Kind.COUNTRY_REF;
        if (countryRef) {
            c = a.country;  // null when the article's country is not known: «شمال البلاد» is a region all the same
            end = a.placeWordEnd[j];
        } else if (j < to && ActorFinder.nisba(ix, a.lex, j) != null) {
            c = ActorFinder.nisba(ix, a.lex, j);
            end = j + 1;
        } else if (j < to) {
            PhraseMatcher.Match<Country> m = a.lex.countryNames.longestAt(ix.names, j);
            if (m != null) {
                c = m.values().get(0);
                end = m.end();
            }
        }
        if (c == null && !countryRef && ix.word(i).startsWith("ال")) {
            PlaceMention town = sideOfTown(a, w, j, to);
            if (town != null) {
                return town;
            }
        }
        if (c == null && !countryRef && !ix.word(i).startsWith("ال")) {
            if (j < to && a.placeWord[j] != null && a.placeWord[j].kind() == PlaceWord.Kind.AREA_NAME) {
                // «جنوب قطاع غزة», «شمال الضفة الغربية»: the dictionary's name of an area, whole
                String area = a.placeWord[j].phrase();
                return new PlaceMention(j, a.placeWordEnd[j], area, PlaceMention.Kind.AREA, "offset", area, w.bearing(), null,
                        null);
            }
            if (j < to && a.placeWord[j] != null && a.placeWord[j].introducesName()) {
                j = pastCountryAdjective(a, a.placeWordEnd[j], to);  // «جنوب مدينة العريش», «غرب العاصمة الأفغانية كابل»
            }
            int nameEnd = PlaceNameSpans.nameEnd(a, j, to);
            String whole = nameEnd > j ? knownWhole(a, i, nameEnd) : null;
            if (whole != null) {
                // «ولاية جنوب دارفور», «شمال كيفو»: the direction is part of a province's name
                return new PlaceMention(i, nameEnd, whole, PlaceMention.Kind.NAMED, "in", null, -1, null, null);
            }
            if (nameEnd > j) {  // «جنوب القطرون»: somewhere south of a named place
                String name = PlaceNameSpans.join(ix, j, nameEnd);
                return new PlaceMention(j, nameEnd, name, PlaceMention.Kind.NAMED, "offset", name, w.bearing(), null, null);
            }
            return null;
        }
        return new PlaceMention(i, end, PlaceNameSpans.join(ix, i, end), PlaceMention.Kind.REGION, "region", null, w.bearing(), null,
                c == null ? a.country : c);
    }

    /**
     * After a place word, where the name begins: past the country's adjective when one stands first and a word follows
     * it («العاصمة الصومالية مقديشو»).
     */
    static int pastCountryAdjective(Annotations a, int j, int to) {
        return j + 1 < to && ActorFinder.nisba(a.ix, a.lex, j) != null ? j + 1 : j;
    }

    /** «… غرب القطرون بحوالي 80 كيلومترا», and the agencies' gloss «بعقوبة (60 كلم شمال شرق بغداد)». */
    static PlaceMention withOffset(Annotations a, PlaceMention p, int to) {
        int j = p.end();
        Double glossKm = null;
        if (j < to && a.ix.word(j).equals("(")) {
            j++;  // a name's span may already hold the bracket after it
        }
        if (j < to && j > 0 && a.ix.word(j - 1).equals("(")) {
            // the gloss in brackets tells where the town lies, often the distance first: it is no second place
            int distanceEnd = distanceEnd(a, j, to);
            if (distanceEnd > j) {
                glossKm = a.quantity[j].value().doubleValue();
                j = distanceEnd;
            }
        } else if (j + 3 < to && a.ix.isComma(j) && a.ix.word(j + 1).equals("علي") && AT_A_DISTANCE.contains(a.ix.word(j + 2))) {
            // «في بلدة جيثوراي، على بعد 15 كيلومترا شمال شرقي نيروبي»: the same gloss set off by a comma
            int distanceEnd = distanceEnd(a, j + 3, to);
            if (distanceEnd > j + 3) {
                glossKm = a.quantity[j + 3].value().doubleValue();
                j = distanceEnd;
            }
        }
        if (j >= to || a.placeWord[j] == null || a.placeWord[j].kind() != PlaceWord.Kind.DIRECTION) {
            return p;
        }
        int nameStart = a.placeWordEnd[j];
        int skip = nameStart;
        boolean introduced = false;
        while (skip < to && a.placeWord[skip] != null && a.placeWord[skip].introducesName()) {
            introduced = true;
            skip = a.placeWordEnd[skip];
        }
        if (introduced) {
            skip = pastCountryAdjective(a, skip, to);  // «شرقي العاصمة العراقية بغداد»
        }
        int nameEnd = PlaceNameSpans.nameEnd(a, skip, to);
        if (nameEnd == skip + 1 && PlaceNameSpans.secondWordOfName(a, nameEnd, to) && (introduced
                || a.knownPlaces.isPlace(PlaceNameSpans.join(a.ix, skip, nameEnd + 1), a.country == null ? null : a.country.iso2()))) {
            // «ميدان المنارة وسط مدينة رام الله»: as after any place word, the name may run to two words; with no place
            // word («وسط رام الله»), where the gazetteer knows the two words as a town
            nameEnd++;
        }
        if (nameEnd <= skip || (a.placeWord[skip] != null && a.placeWord[skip].kind() == PlaceWord.Kind.COUNTRY_REF)
                || a.lex.countryNames.longestAt(a.ix.names, skip) != null || ActorFinder.nisba(a.ix, a.lex, skip) != null) {
            return p;
        }
        Double km = glossKm;
        int end = nameEnd < to && a.ix.word(nameEnd).equals(")") ? nameEnd + 1 : nameEnd;
        for (int k = nameEnd; k < Math.min(to, nameEnd + 4); k++) {
            if (a.quantity[k] != null && a.quantity[k].value() != null) {
                int distanceEnd = distanceEnd(a, k, to);
                if (distanceEnd > k) {
                    km = a.quantity[k].value().doubleValue();
                    end = distanceEnd;
                }
                break;
            }
        }
        return new PlaceMention(p.start(), end, p.name(), p.kind(), "offset", PlaceNameSpans.join(a.ix, skip, nameEnd),
                a.placeWord[j].bearing(), km, null);
    }

    /** «80 كيلومترا», «60 كلم»: a number with a unit of distance at {@code k}; the end of the unit, or -1. */
    private static int distanceEnd(Annotations a, int k, int to) {
        if (a.quantity[k] == null || a.quantity[k].value() == null) {
            return -1;
        }
        int unit = a.quantityEnd[k];
        return unit < to && a.placeWord[unit] != null && a.placeWord[unit].kind() == PlaceWord.Kind.DISTANCE
                ? a.placeWordEnd[unit] : -1;
    }
}
