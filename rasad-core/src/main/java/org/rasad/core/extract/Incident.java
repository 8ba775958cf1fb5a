package org.rasad.core.extract;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * The mentions of one article that report the same incident, in text order.
 */
final class Incident {
    final List<Mention> mentions = new ArrayList<>();
    /** For an incident dated «بعد يومين من» another: that incident and the day offset from it. */
    Incident anchor;
    int anchorOffset;
    LocalDate anchoredDate;

    Incident(Mention first) {
        mentions.add(first);
    }

    Mention first() {
        return mentions.get(0);
    }

    /**
     * The type from the most specific mention. Among general words («هجوم», «مقتل»), civilian victims
     * told anywhere in the incident make it violence against civilians, unless the text speaks of fighting.
     */
    EventTyper.Type type() {
        EventTyper.Type protest = ProtestSeverity.gravest(mentions);
        if (protest != null) {
            return protest;  // a demonstration told in several sentences is what it came to: dispersed, violent
        }
        boolean fighting = mentions.stream().anyMatch(m -> m.cues().contains(Cue.CLASH));
        boolean killings = mentions.stream().anyMatch(m -> m.figures().stream().anyMatch(f -> f.kind() == Cue.KILLED));
        for (Mention m : mentions) {
            // «قتل المسلحون أربعة مدنيين … وخطفوا أيضا امرأتين»: people taken in an attack that killed are part of
            // the attack; the killing is what ACLED codes
            boolean takenInAKilling = killings && m.figures().stream().noneMatch(f -> f.kind() == Cue.KILLED)
                    && (m.type().subEventType().equals("Abduction/forced disappearance")
                        || m.type().subEventType().equals("Sexual violence"));
            if (m.strongType() && !hitsBack(m) && !takenInAKilling) {
                // grenades thrown in a firefight are weapons of the battle, not a remote attack of their own; so are
                // explosions only heard («دوي انفجارات وإطلاق نار كثيف»), with no bomb named
                boolean blastsOfTheFight = m.isUnstatedExplosion();
                // and shells that fell during the fighting told after it, fired by no side the text names
                // («أصيبوا بشظايا قذائف سقطت على منازلهم»)
                boolean shellsOfTheFight = m != first() && !m.attackerMarked()
                        && m.type().subEventType().equals("Shelling/artillery/missile attack");
                if (fighting && (m.type().subEventType().equals("Grenade") || blastsOfTheFight || shellsOfTheFight)) {
                    return new EventTyper.Type(EventTyper.BATTLES, "Armed clash");
                }
                return m.type();
            }
        }
        // a fight told anywhere makes the incident a battle, though a headline called it an attack («وهجوم لداعش
        // يوقع قتيلين من الحشد» and then «… مضيفا أن الاشتباك استمر نحو ساعة»); without one, people harmed make it
        // violence against civilians
        String kind = fighting ? EventTyper.BATTLES : EventTyper.VAC;
        for (Mention m : mentions) {
            if (m.type().eventType().equals(kind)) {
                return m.type();
            }
        }
        return first().type();
    }

    /**
     * «قتل ثلاثون جنديا في هجوم … وأضافت المصادر أن الجيش رد بغارات جوية»: the side attacked in the report that opened
     * the incident strikes back; how it answered is not what the incident was.
     */
    private boolean hitsBack(Mention m) {
        Mention lead = first();
        return m != lead && !lead.strongType() && lead.actor2() != null && m.actor1() != null
                && lead.actor2().name().equals(m.actor1().name());
    }

    boolean strongType() {
        return mentions.stream().anyMatch(Mention::strongType);
    }

    /** The earliest event date, else the earliest statement date, else the date from the anchor. */
    Mention dated() {
        Mention best = null;
        for (Mention m : mentions) {
            if (m.date() == null) {
                continue;
            }
            if (best == null || (m.hasEventDate() && !best.hasEventDate())
                    || (m.hasEventDate() == best.hasEventDate() && m.date().isBefore(best.date()))) {
                best = m;
            }
        }
        return best;
    }

    LocalDate eventDate() {
        Mention d = dated();
        return d != null && d.hasEventDate() ? d.date() : null;
    }

    LocalDate date() {
        Mention d = dated();
        return d != null ? d.date() : anchoredDate;
    }

    PlaceMention place() {
        PlaceMention best = null;
        for (Mention m : mentions) {
            PlaceMention p = m.bestPlace();
            if (p != null && (best == null || p.rank() > best.rank())) {
                best = p;
            }
        }
        return best;
    }

    Set<String> placeNames() {
        Set<String> names = new TreeSet<>();
        for (Mention m : mentions) {
            for (PlaceMention p : m.places()) {
                if (p.isSpecific()) {
                    names.add(p.name());
                    // «جبل عصيدة غرب القطرون» is told of as «القطرون» too; «حي القلعة بمرزق» is one quarter of Murzuq,
                    // not the town another report names; a town located from another («بعقوبة (60 كلم شمال شرق
                    // بغداد)») is a town of its own
                    if (p.anchor() != null && !"in".equals(p.relation()) && p.kind() != PlaceMention.Kind.SETTLEMENT) {
                        names.add(p.anchor());
                    }
                }
            }
        }
        return names;
    }

    /**
     * The first day told for it in an undated article (see {@link Mention#undatedDay()}); for «غداة …» the day
     * counted from the incident it is dated from; or null.
     */
    LocalDate undatedDay() {
        LocalDate own = mentions.stream().map(Mention::undatedDay).filter(java.util.Objects::nonNull).findFirst().orElse(null);
        if (own == null && anchor != null && anchor.undatedDay() != null) {
            return anchor.undatedDay().plusDays(anchorOffset);
        }
        return own;
    }

    /**
     * The specific places' own names, without the places they are anchored to: in «بغداد … في قضاء المدائن
     * جنوبي بغداد» the place is al-Mada'in, Baghdad only locates it.
     */
    Set<String> primaryPlaceNames() {
        Set<String> names = new TreeSet<>();
        for (Mention m : mentions) {
            Set<String> anchors = new TreeSet<>();
            for (PlaceMention p : m.places()) {
                if (p.anchor() != null && !p.anchor().equals(p.name())) {
                    anchors.add(p.anchor());  // «شرق أوباري» is anchored to itself: it stays a name
                }
            }
            for (PlaceMention p : m.places()) {
                if (p.isSpecific() && !anchors.contains(p.name())) {
                    names.add(p.name());
                }
            }
        }
        return names;
    }

    /** The countries its places name («في النيجر», «وسط مالي»), as ISO codes. */
    Set<String> countries() {
        Set<String> codes = new TreeSet<>();
        for (Mention m : mentions) {
            for (PlaceMention p : m.places()) {
                if (p.country() != null) {
                    codes.add(p.country().iso2());
                }
            }
        }
        return codes;
    }

    Set<String> settlementNames() {
        Set<String> names = new TreeSet<>();
        for (Mention m : mentions) {
            for (PlaceMention p : m.places()) {
                if (p.kind() == PlaceMention.Kind.SETTLEMENT) {
                    names.add(p.name());
                }
            }
        }
        return names;
    }

    /** The doer the text marked, if any. */
    ActorMention markedAttacker() {
        Mention m = doerMention();
        return m == null ? null : m.actor1();
    }

    /**
     * The mention that marks who did it; a named group that claimed or was blamed («وتبنت حركة الشباب الهجوم»)
     * says more than the unidentified gunmen of the first report.
     */
    Mention doerMention() {
        Mention best = null;
        for (Mention m : mentions) {
            if (m.attackerMarked() && m.actor1() != null
                    && (best == null || best.actor1().entry().isUnidentified() && !m.actor1().entry().isUnidentified())) {
                best = m;
            }
        }
        return best;
    }
}
