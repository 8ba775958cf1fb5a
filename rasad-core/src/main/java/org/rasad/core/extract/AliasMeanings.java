package org.rasad.core.extract;

import java.util.ArrayList;
import java.util.List;
import org.rasad.core.dict.PhraseMatcher;

/**
 * What each dictionary alias means where the text uses it: which of several entries («أنصار الإسلام» is a group of
 * Burkina Faso and one of Iraq), and which country a generic one takes («الجيش» + «المصري» → Military Forces of
 * Egypt; «جنديين» in the sentence that named «القوات الإثيوبية» → Ethiopia's; otherwise the article's country).
 */
final class AliasMeanings {

    private AliasMeanings() {
    }

    /** The mentions of the dictionary's matches, in text order. */
    static List<ActorMention> of(TextIndex ix, Lexicon lex, Country articleCountry, List<PhraseMatcher.Match<ActorEntry>> matches) {
        List<ActorMention> named = new ArrayList<>();
        ActorMention lastWithNisba = null;
        for (PhraseMatcher.Match<ActorEntry> m : matches) {
            if (AccusativeAdjective.describesWordBefore(ix, m) || DefiniteAdjective.describesWordBefore(ix, m)) {
                continue;  // «هجوما إرهابيا», «مؤتمرا صحفيا», «الصواريخ البحرية»: describes the noun before it
            }
            ActorEntry e = pick(m.values(), articleCountry);
            int end = m.end();
            Country c = e.country() == null ? articleCountry : lex.country(e.country());
            Country adj = end < ix.size() ? ActorFinder.nisba(ix, lex, end) : null;
            if (adj == null && e.isGeneric()) {
                adj = accusativeAdjective(ix, lex, end);
            }
            if (adj != null) {
                c = e.isGeneric() ? adj : c;
                end++;
            }
            boolean sameForce = adj == null && e.isGeneric() && e.isStateForce() && lastWithNisba != null
                    && lastWithNisba.name().startsWith(e.canonical().replace("{country}", ""))
                    && ix.sentenceOf(lastWithNisba.start()) == ix.sentenceOf(m.start());
            if (sameForce) {
                // «قتلت 15 جنديا من القوات الإثيوبية … فيما قال مسؤول إن الهجوم أسفر عن مقتل جنديين فقط»: the plain word
                // for the same kind of force, in the sentence that named its country, is that country's
                c = lastWithNisba.country();
            }
            ActorMention mention = new ActorMention(m.start(), end, e, e.nameIn(c), c, sameForce);
            boolean adjectiveInAlias = !e.isGeneric() && ActorFinder.nisba(ix, lex, m.end() - 1) != null;
            if (e.isStateForce() && c != null && (adj != null || adjectiveInAlias)) {
                // a force whose country adjective the text gives («القوات الإثيوبية», «الجيش المصري»); not one the
                // dictionary ties to a country by other words («المنطقة العسكرية الثالثة»)
                lastWithNisba = mention;
            }
            named.add(mention);
        }
        return named;
    }

    /**
     * «قتل 15 جنديا إثيوبيا», «جنودا سوريا»: after a counted noun in the accusative, its adjective is written like the
     * country's name; it is the soldiers' nationality, not a place.
     */
    private static Country accusativeAdjective(TextIndex ix, Lexicon lex, int at) {
        if (at <= 0 || at >= ix.size() || !looksAccusative(ix, at)) {
            return null;
        }
        PhraseMatcher.Match<Country> m = lex.countryNames.longestAt(ix.names, at);
        if (m != null && m.end() == at + 1) {
            return m.values().get(0);  // «جنديا إثيوبيا»: written like the country's name
        }
        return ActorFinder.nisba(ix, lex, at);  // «جنديا بوركينيا»: the nisba «بوركيني» in the accusative
    }

    /** A word in «يا» after one in «ا»: an accusative noun and its adjective («جنديا إثيوبيا»), if a noun precedes. */
    static boolean looksAccusative(TextIndex ix, int at) {
        return at > 0 && ix.word(at - 1).endsWith("ا") && ix.word(at).endsWith("يا");
    }

    /** Among several meanings of one alias, a named actor beats a generic one, and one of the article's country the rest. */
    private static ActorEntry pick(List<ActorEntry> values, Country articleCountry) {
        ActorEntry named = null;
        ActorEntry generic = null;
        for (ActorEntry e : values) {
            if (e.isGeneric()) {
                generic = generic == null ? e : generic;
            } else if (articleCountry != null && articleCountry.iso2().equals(e.country())) {
                return e;  // «أنصار الإسلام»: Ansaroul Islam in an article about Burkina Faso, Ansar al-Islam about Iraq
            } else {
                named = named == null ? e : named;
            }
        }
        // «قيادة العمليات المشتركة» in an article about Somalia is Somalia's, not the Iraqi command of that name
        boolean elsewhere = articleCountry != null && named != null && named.country() != null && generic != null;
        return named != null && !elsewhere ? named : generic != null ? generic : values.get(0);
    }
}
