package org.rasad.core.extract;

import java.util.List;
import org.rasad.core.dict.PhraseMatcher;
import org.rasad.core.text.Clitics;
import org.rasad.core.text.NormalizedText;
import org.rasad.core.text.Normalizer;
import org.rasad.core.text.PageFurniture;
import org.rasad.core.text.Sentence;
import org.rasad.core.text.SentenceSplitter;
import org.rasad.core.text.Span;
import org.rasad.core.text.Token;
import org.rasad.core.text.Tokenizer;

/**
 * The text layer of one article, indexed for the extractor: normalised text, tokens with their
 * lookup forms, sentences as token ranges, and which sentences are page furniture.
 *
 * <p>Built once per article and then only read; the clitic forms are computed lazily because most
 * tokens are looked up in only one or two dictionaries.
 */
final class TextIndex implements PhraseMatcher.Words {

    final NormalizedText text;
    final String norm;
    final List<Token> tokens;
    final List<Sentence> sentences;
    /** First token of each sentence, and one past its last. */
    final int[] sentenceStart;
    final int[] sentenceEnd;
    final boolean[] furniture;
    private final List<String>[] forms;
    private final List<String>[] stems;
    /** Each word without a conjunction written onto it, made on first use: many rules ask it of the same token. */
    private final String[] bare;
    /** The same words without light stems: for names (actors, countries, places), where stems mislead. */
    final PhraseMatcher.Words names = new PhraseMatcher.Words() {
        @Override
        public int size() {
            return TextIndex.this.size();
        }

        @Override
        public List<String> forms(int i) {
            return nameForms(i);
        }

        @Override
        public boolean isQuote(int i) {
            return TextIndex.this.isQuote(i);
        }
    };

    @SuppressWarnings("unchecked")
    TextIndex(String original) {
        text = Normalizer.instance().apply(original);
        norm = text.normalized();
        tokens = Tokenizer.instance().tokenize(norm);
        sentences = SentenceSplitter.instance().split(norm);
        sentenceStart = new int[sentences.size()];
        sentenceEnd = new int[sentences.size()];
        int t = 0;
        for (int s = 0; s < sentences.size(); s++) {
            Span span = sentences.get(s).span();
            while (t < tokens.size() && tokens.get(t).start() < span.start()) {
                t++;
            }
            sentenceStart[s] = t;
            while (t < tokens.size() && tokens.get(t).end() <= span.end()) {
                t++;
            }
            sentenceEnd[s] = t;
        }
        furniture = new boolean[sentences.size()];
        List<Span> junk = PageFurniture.find(norm);
        for (int s = 0; s < sentences.size(); s++) {
            Span span = sentences.get(s).span();
            if (PageFurniture.isLinkSentence(norm.substring(span.start(), span.end()))) {
                furniture[s] = true;
                continue;
            }
            for (Span j : junk) {
                if (j.contains(span)) {
                    furniture[s] = true;
                    break;
                }
            }
        }
        forms = new List[tokens.size()];
        stems = new List[tokens.size()];
        bare = new String[tokens.size()];
    }

    @Override
    public int size() {
        return tokens.size();
    }

    /** Lookup forms with light stems: for vocabulary (cues, place words). */
    @Override
    public List<String> forms(int i) {
        List<String> f = stems[i];
        if (f == null) {
            Token tok = tokens.get(i);
            f = tok.kind() == Token.Kind.ARABIC ? Clitics.formsWithStem(tok.text(), taMarbuta(i)) : nameFormsOrEmpty(i);
            stems[i] = f;
        }
        return f.isEmpty() ? null : f;
    }

    List<String> nameForms(int i) {
        List<String> f = nameFormsOrEmpty(i);
        return f.isEmpty() ? null : f;
    }

    private List<String> nameFormsOrEmpty(int i) {
        List<String> f = forms[i];
        if (f == null) {
            Token tok = tokens.get(i);
            f = switch (tok.kind()) {
                case ARABIC -> Clitics.forms(tok.text(), taMarbuta(i));
                case LATIN, NUMBER -> List.of(tok.text());
                default -> List.of();
            };
            forms[i] = f;
        }
        return f;
    }

    @Override
    public boolean isQuote(int i) {
        String t = tokens.get(i).text();
        return isQuotationMark(i) || t.equals("(") || t.equals(")");
    }

    /** Whether token {@code i} is a quotation mark («», "" and '' are all written «"» by normalisation), no bracket. */
    boolean isQuotationMark(int i) {
        String t = tokens.get(i).text();
        return t.equals("\"") || t.equals("'");
    }

    /** Whether token {@code i} ends in «ة» in the original text. */
    boolean taMarbuta(int i) {
        int end = text.originalEnd(tokens.get(i).end() - 1);
        return end > 0 && text.original().charAt(end - 1) == '\u0629';
    }

    /** Whether token {@code i} carries a shadda in the original text («مسيّرات», which normalisation writes «مسيرات»). */
    boolean hasShadda(int i) {
        Token t = tokens.get(i);
        return text.originalText(t.start(), t.end()).indexOf('\u0651') >= 0;
    }

    String word(int i) {
        return tokens.get(i).text();
    }

    /** {@link Conjunction#strip} of word {@code i}. */
    String bare(int i) {
        String b = bare[i];
        if (b == null) {
            b = Conjunction.strip(word(i));
            bare[i] = b;
        }
        return b;
    }

    /** Whether token {@code i} is a comma, Arabic or Latin. */
    boolean isComma(int i) {
        String w = word(i);
        return w.equals("،") || w.equals(",");
    }

    /** Whether token {@code i} is punctuation (quotes and brackets included; see {@link #isQuote}). */
    boolean isPunctuation(int i) {
        return tokens.get(i).kind() == Token.Kind.PUNCTUATION;
    }

    /**
     * Whether token {@code i} carries the definite article («القتل», «والاختطاف», «بالقصف», «للتفجير»): a
     * noun, never a verb. Read off the original letters, because normalisation writes the verb «ألقى» like
     * «القى»; a stem of two letters after «ال» («القت», «الحق») is taken for such a verb written without hamza.
     */
    boolean hasArticle(int i) {
        Token t = tokens.get(i);
        String w = text.originalText(t.start(), t.end());
        if (w.length() > 4 && (w.charAt(0) == '\u0648' || w.charAt(0) == '\u0641')) {
            w = w.substring(1);  // «و», «ف»
        }
        if (w.startsWith("\u0644\u0644")) {
            return w.length() >= 5;  // «للقتل»: «ل» + «ال» with its alif dropped
        }
        if (w.length() > 4 && (w.charAt(0) == '\u0628' || w.charAt(0) == '\u0643' || w.charAt(0) == '\u0644')) {
            w = w.substring(1);  // «ب», «ك», «ل»
        }
        return w.startsWith("\u0627\u0644") && w.length() >= 5;
    }

    /** Whether any lookup form of token {@code i} is in the set. */
    boolean formIn(int i, java.util.Set<String> set) {
        List<String> f = nameForms(i);
        if (f == null) {
            return false;
        }
        for (String s : f) {
            if (set.contains(s)) {
                return true;
            }
        }
        return false;
    }

    int sentenceOf(int token) {
        int lo = 0;
        int hi = sentences.size() - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            if (sentenceEnd[mid] <= token) {
                lo = mid + 1;
            } else if (sentenceStart[mid] > token) {
                hi = mid - 1;
            } else {
                return mid;
            }
        }
        return -1;
    }

    /** The token index of the first token starting at or after normalised offset {@code offset}. */
    int tokenAt(int offset) {
        int lo = 0;
        int hi = tokens.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (tokens.get(mid).start() < offset) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /** Token range {@code [first, last+1)} covered by a normalised span. */
    int[] tokenRange(Span span) {
        int first = tokenAt(span.start());
        if (first > 0 && tokens.get(first - 1).end() > span.start()) {
            first--;  // the span starts inside a token: «بخمسة», «وأربعة» are numbers with a clitic written on
        }
        int last = first;
        while (last < tokens.size() && tokens.get(last).end() <= span.end()) {
            last++;
        }
        return new int[] {first, Math.max(first, last)};
    }

    /** Original-text span of tokens {@code [from, to)}. */
    Span originalSpan(int from, int to) {
        return text.toOriginal(tokens.get(from).start(), tokens.get(to - 1).end());
    }

    String originalText(int from, int to) {
        return originalSpan(from, to).of(text.original());
    }
}
