package org.rasad.core.bench;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.rasad.core.text.NormalizedText;
import org.rasad.core.text.Normalizer;
import org.rasad.core.text.Tokenizer;

/**
 * Single-threaded throughput of Normalizer.apply + Tokenizer.tokenize over a generated,
 * news-like Arabic corpus, in UTF-8 megabytes (10^6 bytes) of input per second. Pure Java rather
 * than JMH so that it runs from the command line without a build plugin:
 * {@code java -cp rasad-core/target/classes org.rasad.core.bench.TextLayerBenchmark [MB] [warmup] [rounds]}.
 *
 * <p>The corpus is seeded, so figures are comparable between runs: articles of a dozen sentences
 * built from templates with varying numbers (ASCII and Arabic-Indic), places and Latin names,
 * randomly added diacritics and tatweel, some presentation-form ligatures, quotes and newlines.
 */
public final class TextLayerBenchmark {

    public record Result(double megabytesPerSecond, long chars, long tokens, long millis) {
    }

    private static final String[] TEMPLATES = {
        "أعلنت وزارة الداخلية مقتل {N} من عناصر الأمن في هجوم على بوابة {P} فجر {D}.",
        "وقال المتحدث باسم القوة المشتركة إن «الاشتباكات استمرت {N} ساعات» قرب {P}.",
        "أفادت وكالة {L} بأن طائرة مسيرة استهدفت رتلا على بعد {N}كلم جنوب {P}.",
        "ارتفعت حصيلة القتلى إلى {N} قتيلا و{N} جريحا، بحسب مصادر طبية في {P}.",
        "نفى المجلس البلدي في {P} رواية {L}، مؤكدا انتشال {N} جثث فقط حتى الساعة {T}.",
        "القاهرة - بوابة الأخبار {D} {T} مساء",
        "تعرضت دورية تابعة لكتيبة {P} لكمين مسلح، ما أدى إلى إصابة {N} جنود بجروح متفاوتة.",
        "وأشار البيان إلى أن العملية جاءت ردا على تحركات التنظيم في محيط {P} خلال الأسبوع الماضي.",
    };
    private static final String[] PLACES = {"القطرون", "مرزق", "أم الأرانب", "تمسة", "سبها", "الواحة الشرقية", "جبل عصيدة"};
    private static final String[] LATIN = {"AFP", "Reuters", "AFRICOM", "UNSMIL", "Libya Observer"};
    private static final String[] DAYS = {"الأربعاء", "الخميس", "الجمعة 28 يناير 2022", "يوم ٢٤ يناير الحالي"};
    private static final char[] DIACRITICS = {'\u064E', '\u064F', '\u0650', '\u0651', '\u0652', '\u064B'};

    private TextLayerBenchmark() {
    }

    public static void main(String[] args) {
        int mb = args.length > 0 ? Integer.parseInt(args[0]) : 50;
        int warmup = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 5;
        Result r = run(mb, warmup, rounds);
        System.out.printf("%.1f MB/s per core (%d chars, %d tokens per round, %d ms for %d rounds)%n",
                r.megabytesPerSecond(), r.chars(), r.tokens(), r.millis(), rounds);
    }

    public static Result run(int megabytes, int warmupRounds, int measuredRounds) {
        if (megabytes < 1 || warmupRounds < 0 || measuredRounds < 1) {
            throw new IllegalArgumentException("need megabytes >= 1, warmupRounds >= 0 and measuredRounds >= 1, got "
                    + megabytes + ", " + warmupRounds + ", " + measuredRounds);
        }
        List<String> articles = corpus(megabytes * 1_000_000L, new Random(20220128L));
        long bytes = 0;
        long chars = 0;
        for (String a : articles) {
            bytes += a.getBytes(StandardCharsets.UTF_8).length;
            chars += a.length();
        }
        long tokens = 0;
        for (int i = 0; i < warmupRounds; i++) {
            tokens = round(articles);
        }
        long start = System.nanoTime();
        for (int i = 0; i < measuredRounds; i++) {
            tokens = round(articles);
        }
        long nanos = System.nanoTime() - start;
        double seconds = nanos / 1e9;
        return new Result(bytes * (double) measuredRounds / 1e6 / seconds, chars, tokens, nanos / 1_000_000);
    }

    /** One pass over the corpus; returns the token count so the work cannot be optimised away. */
    private static long round(List<String> articles) {
        long tokens = 0;
        for (String article : articles) {
            NormalizedText text = Normalizer.instance().apply(article);
            tokens += Tokenizer.instance().tokenize(text.normalized()).size();
        }
        return tokens;
    }

    static List<String> corpus(long utf8Bytes, Random random) {
        List<String> articles = new ArrayList<>();
        long size = 0;
        while (size < utf8Bytes) {
            StringBuilder article = new StringBuilder(4096);
            int sentences = 8 + random.nextInt(10);
            for (int i = 0; i < sentences; i++) {
                article.append(decorate(fill(TEMPLATES[random.nextInt(TEMPLATES.length)], random), random));
                article.append(random.nextInt(3) == 0 ? "\n\n" : " ");
            }
            String text = article.toString();
            size += text.getBytes(StandardCharsets.UTF_8).length;
            articles.add(text);
        }
        return articles;
    }

    private static String fill(String template, Random random) {
        StringBuilder b = new StringBuilder(template.length() + 32);
        for (int i = 0; i < template.length(); i++) {
            char c = template.charAt(i);
            if (c == '{' && i + 2 < template.length() && template.charAt(i + 2) == '}') {
                b.append(switch (template.charAt(i + 1)) {
                    case 'N' -> number(1 + random.nextInt(random.nextBoolean() ? 30 : 20_000), random);
                    case 'P' -> PLACES[random.nextInt(PLACES.length)];
                    case 'L' -> LATIN[random.nextInt(LATIN.length)];
                    case 'D' -> DAYS[random.nextInt(DAYS.length)];
                    default -> number(random.nextInt(24), random) + ":" + String.format("%02d", random.nextInt(60));
                });
                i += 2;
            } else {
                b.append(c);
            }
        }
        return b.toString();
    }

    private static String number(int n, Random random) {
        String ascii = Integer.toString(n);
        if (!random.nextBoolean()) {
            return ascii;
        }
        StringBuilder b = new StringBuilder(ascii.length());
        ascii.chars().forEach(d -> b.append((char) ('\u0660' + d - '0')));
        return b.toString();
    }

    /** Diacritics on about one letter in eight, tatweel and ligatures now and then. */
    private static String decorate(String sentence, Random random) {
        StringBuilder b = new StringBuilder(sentence.length() * 5 / 4);
        for (int i = 0; i < sentence.length(); i++) {
            char c = sentence.charAt(i);
            boolean arabic = c >= '\u0621' && c <= '\u064A';
            if (arabic && c == '\u0644' && i + 1 < sentence.length() && sentence.charAt(i + 1) == '\u0627'
                    && random.nextInt(4) == 0) {
                b.append('\uFEFB');
                i++;
                continue;
            }
            b.append(c);
            if (arabic && random.nextInt(8) == 0) {
                b.append(DIACRITICS[random.nextInt(DIACRITICS.length)]);
            } else if (arabic && random.nextInt(60) == 0) {
                b.append('\u0640');
            }
        }
        return b.toString();
    }
}
