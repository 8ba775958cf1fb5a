package org.rasad.core.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.rasad.core.model.ActorRef;
import org.rasad.core.model.Casualty;
import org.rasad.core.model.Claim;
import org.rasad.core.model.Event;
import org.rasad.core.model.Evidence;
import org.rasad.core.model.Location;
import org.rasad.core.text.Span;
import org.rasad.core.text.TimePrecision;

/**
 * Codes one incident as an ACLED-style {@link Event}, quoting the original text for every piece
 * of evidence.
 */
final class EventBuilder {

    private EventBuilder() {
    }

    private static final java.util.Set<String> ATTACKERS = WordLists.of("ATTACKERS");

    /** «المهاجمون», «المهاجمين»: the attackers, who are the doer whatever name they go by, never the other side. */
    private static boolean isAttackersWord(Annotations a, ActorMention m) {
        return m != null && m.start() >= 0 && ATTACKERS.contains(a.ix.bare(m.start()));
    }

    private static boolean isUnnamed(ActorMention m) {
        return m != null && m.entry().isUnidentified();
    }

    /** The protesters or rioters of the mention that gave the incident its protest type, or null. */
    private static ActorMention crowd(Incident inc, EventTyper.Type type) {
        for (Mention m : inc.mentions) {
            if (m.type().equals(type) && m.actor1() != null && m.actor1().entry().isProtester()) {
                return m.actor1();
            }
        }
        return null;
    }

    static Event build(Annotations a, Incident inc) {
        EventTyper.Type type = inc.type();
        Mention dated = inc.dated();
        TimePrecision precision = dated != null ? dated.precision() : inc.anchoredDate != null ? TimePrecision.DAY : null;
        ActorMention actor1 = null;
        ActorMention actor2 = null;
        UnaryOperator<ActorMention> named = m -> ActorFinder.faction(a.actors, m);
        Mention doer = inc.doerMention();
        if (doer != null) {
            actor1 = named.apply(doer.actor1());
            actor2 = isAttackersWord(a, doer.actor2()) ? null : named.apply(doer.actor2());
        }
        for (Mention m : inc.mentions) {
            ActorMention one = named.apply(m.actor1());
            ActorMention two = isAttackersWord(a, m.actor2()) ? null : named.apply(m.actor2());
            if (actor1 == null) {
                actor1 = one;
            }
            // «بين قبيلتين»: one mention that is both sides names them both
            if (actor2 == null && two != null
                    && (actor1 == null || !two.name().equals(actor1.name()) || m.actor1() == m.actor2())) {
                actor2 = two;
            }
        }
        for (Mention m : inc.mentions) {
            ActorMention one = named.apply(m.actor1());
            if (actor2 == null && actor1 != null && one != null && !one.name().equals(actor1.name())) {
                actor2 = one;  // the other side shows up as the doer of a follow-up («صد الهجوم»)
            }
        }
        if (isUnnamed(actor1) && isUnnamed(actor2)) {
            // «بين مجموعتين مسلحتين …» then «بين اللواء 444 وقوة الردع»: the armed groups, once named, are the sides
            for (Mention m : inc.mentions) {
                ActorMention one = named.apply(m.actor1());
                ActorMention two = named.apply(m.actor2());
                if (one != null && two != null && !isUnnamed(one) && !isUnnamed(two) && !one.name().equals(two.name())) {
                    actor1 = one;
                    actor2 = two;
                    break;
                }
            }
        }
        if (EventTyper.isProtest(type) && actor1 != null && !actor1.entry().isProtester()) {
            // «خلال مواجهات اندلعت مع قوات الاحتلال … الشبان الذين رشقوا القوات بالحجارة»: fighting told first turned
            // out to be a riot; the crowd acts, and the force it faced is the other side, whoever was named first
            ActorMention crowd = crowd(inc, type);
            if (crowd != null) {
                ActorMention force = actor1.entry().isArmed() ? actor1 : actor2 != null && actor2.entry().isArmed() ? actor2 : null;
                actor1 = crowd;
                actor2 = force;
            }
        }
        if (actor2 != null && actor1 != null && actor2.name().equals(actor1.name()) && actor1.entry().isStateForce()) {
            actor2 = null;  // one force named twice («الجيش الوطني» and «الجيش») is still one side
        }
        List<Claim> claims = new ArrayList<>();
        for (Mention m : inc.mentions) {
            for (Figure f : m.figures()) {
                claims.add(claim(a, f));
            }
        }
        Map<String, Long> killed = FatalityRule.perSide(inc.mentions, Cue.KILLED);
        Map<String, Long> injured = FatalityRule.perSide(inc.mentions, Cue.INJURED);
        List<Casualty> casualties = new ArrayList<>();
        killed.forEach((side, k) -> casualties.add(new Casualty(side, Math.toIntExact(k),
                injured.containsKey(side) ? Math.toIntExact(injured.get(side)) : null)));
        injured.forEach((side, w) -> {
            if (!killed.containsKey(side)) {
                casualties.add(new Casualty(side, null, Math.toIntExact(w)));
            }
        });
        List<Evidence> evidence = new ArrayList<>();
        for (Mention m : inc.mentions) {
            Span s = a.ix.originalSpan(m.from(), m.to());
            if (evidence.stream().noneMatch(e -> e.start() == s.start())) {
                evidence.add(new Evidence(s.start(), s.end(), s.of(a.ix.text.original())));
            }
        }
        return new Event(type.eventType(), type.subEventType(), inc.date(),
                precision == null ? null : precision.acledCode(), actor(a, actor1), actor(a, actor2),
                location(a, inc.place()), FatalityRule.total(inc.mentions, Cue.KILLED),
                FatalityRule.total(inc.mentions, Cue.INJURED), casualties, claims, evidence);
    }

    private static Claim claim(Annotations a, Figure f) {
        Span s = a.ix.originalSpan(f.start(), f.end());
        String vague = f.quantity() == null || f.quantity().vagueness() == null
                || f.quantity().vagueness().name().equals("NONE") ? null : f.quantity().vagueness().name();
        String qualifier = f.quantity() == null ? "exact" : f.quantity().qualifier().name().toLowerCase();
        return new Claim(f.kind() == Cue.KILLED ? "killed" : "injured", f.value(), vague, qualifier, f.sideKey(),
                f.update(), new Evidence(s.start(), s.end(), s.of(a.ix.text.original())), Attribution.claimant(a, f.start()));
    }

    private static ActorRef actor(Annotations a, ActorMention m) {
        if (m == null) {
            return null;
        }
        String text = m.start() >= 0 ? a.ix.originalText(m.start(), m.end()) : null;
        Integer inter = m.entry().inter();
        if (inter == 1 && m.entry().country() != null && a.country != null && !m.entry().country().equals(a.country.iso2())) {
            inter = 8;  // a state's forces acting abroad are external forces in ACLED's terms
        }
        return new ActorRef(m.name(), text, inter, m.country() == null ? null : m.country().iso2());
    }

    private static Location location(Annotations a, PlaceMention p) {
        if (p == null || p.kind() == PlaceMention.Kind.COUNTRY) {
            return null;
        }
        Span s = a.ix.originalSpan(p.start(), p.end());
        String nameAr = p.kind() == PlaceMention.Kind.REGION ? s.of(a.ix.text.original())
                : originalName(a, p);
        int precision = switch (p.relation()) {
            case "near", "offset", "between" -> 2;
            case "region" -> 3;
            default -> 1;
        };
        Country c = p.country() != null ? p.country() : a.country;
        String anchor = p.anchor() == null ? null : anchorText(a, p);
        return new Location(nameAr, nameAr, null, null, c == null ? null : c.iso2(), null, precision, p.relation(),
                anchor, "offset".equals(p.relation()) || "region".equals(p.relation()) ? Integer.valueOf(p.bearing()) : null,
                p.distanceKm(), new Evidence(s.start(), s.end(), s.of(a.ix.text.original())));
    }

    /** The anchor as written in the original (its matching form is in the mention). */
    private static String anchorText(Annotations a, PlaceMention p) {
        String[] words = p.anchor().split(" ");
        for (int i = p.start(); i + words.length <= p.end(); i++) {
            boolean all = true;
            boolean clitic = false;
            for (int k = 0; k < words.length && all; k++) {
                String w = a.ix.word(i + k);
                clitic |= k == 0 && !w.equals(words[k]);
                all = w.equals(words[k]) || (k == 0 && w.length() > 1 && w.substring(1).equals(words[k]));
            }
            if (all) {
                String written = a.ix.originalText(i, i + words.length);
                // «ببغداد» → «بغداد»; but «بغداد» itself begins with the letter of the clitic and keeps it
                return clitic ? written.replaceFirst("^[وبل](?=\\S{3,})", "") : written;
            }
        }
        return p.anchor();
    }



    /** The name as written, without the quotes around it; a mountain or valley keeps its «جبل»/«وادي». */
    private static String originalName(Annotations a, PlaceMention p) {
        int from = p.start();
        if (p.kind() == PlaceMention.Kind.NATURAL && from > 0 && a.placeWord[from - 1] != null) {
            return a.ix.originalText(from - 1, from) .replaceFirst("^(و|ف|ب|ل)(?=[^ ]{3,})", "") + " " + originalName(a,
                    new PlaceMention(p.start(), p.end(), p.name(), PlaceMention.Kind.NAMED, p.relation(), null, -1, null, null));
        }
        while (from < p.end() && a.ix.isQuote(from)) {
            from++;
        }
        int to = from;
        int words = p.name().split(" ").length;
        int seen = 0;
        while (to < p.end() && seen < words) {
            if (a.ix.tokens.get(to).isWord()) {
                seen++;
            }
            to++;
        }
        if (to <= from) {
            return p.name();
        }
        String text = a.ix.originalText(from, to);
        String word = a.ix.word(from);
        if (p.name().startsWith(word)) {
            return text;
        }
        String first = p.name().split(" ")[0];
        if (word.startsWith("لل") && first.startsWith("ال")) {
            // «للبلاد» is «ل» + «البلاد»; «للاذقية» is «ل» + «اللاذقية», three lams written two
            return first.length() > word.length() ? "ا" + text : "ا" + text.substring(1);
        }
        // «ببنغازي» read as «بنغازي», «لبيروت» as «بيروت», «والبصرة» as «البصرة»: the name leaves out the preposition or
        // conjunction written onto it
        return text.replaceFirst("^[بلو][ـ]?(?=\\S{3,})", "");
    }
}
