package org.rasad.store;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.rasad.core.model.Article;

/**
 * Seeded, news-like Arabic articles for benchmarks and crash tests: each incident (a day, a place,
 * a pair of sides, a death toll) is reported by one to three outlets with their own wording and,
 * sometimes, their own figure, so ingest exercises extraction and real merging. Same seed, same articles.
 */
public final class SyntheticArticles {

    private static final String[] PLACES = {"القطرون", "مرزق", "أوباري", "سبها", "تمسة", "غات", "الكفرة", "براك الشاطئ",
        "درنة", "سرت", "بني وليد", "غريان", "مصراتة", "الزاوية", "بنغازي", "طرابلس"};
    private static final String[] ATTACKERS = {"تنظيم داعش", "مسلحون مجهولون", "عناصر من تنظيم الدولة", "جماعة مسلحة"};
    private static final String[] TARGETS = {"دورية للجيش", "بوابة أمنية", "رتل عسكري", "نقطة تفتيش للشرطة"};
    private static final String[] OUTLETS = {"بوابة الوسط", "ليبيا المستقبل", "وكالة الأنباء الليبية", "قناة ليبيا الأحرار"};
    private static final String[] MONTHS = {"يناير", "فبراير", "مارس", "أبريل", "مايو", "يونيو", "يوليو", "أغسطس",
        "سبتمبر", "أكتوبر", "نوفمبر", "ديسمبر"};
    private static final String FILLER = "وأشار المصدر إلى أن الوحدات الميدانية عثرت على أسلحة وذخائر في موقع الهجوم،"
            + " وأن عمليات تمشيط واسعة تجري بمشاركة طائرات استطلاع لتعقب الفارين نحو المرتفعات الجنوبية."
            + " ويعد هذا الهجوم من الأعنف في المنطقة منذ أشهر، إذ تقول السلطات إن الخلايا المسلحة تستغل اتساع"
            + " الصحراء وضعف الرقابة على الحدود للتنقل بين ليبيا ودول الجوار.";

    private SyntheticArticles() {
    }

    public static List<Article> generate(int count, long seed) {
        Random rnd = new Random(seed);
        List<Article> out = new ArrayList<>(count);
        int incident = 0;
        while (out.size() < count) {
            LocalDate day = LocalDate.of(2021, 1, 1).plusDays(rnd.nextInt(730));
            String place = PLACES[rnd.nextInt(PLACES.length)];
            String attacker = ATTACKERS[rnd.nextInt(ATTACKERS.length)];
            String target = TARGETS[rnd.nextInt(TARGETS.length)];
            int killed = 1 + rnd.nextInt(12);
            int reports = 1 + rnd.nextInt(3);
            for (int r = 0; r < reports && out.size() < count; r++) {
                int figure = r > 0 && rnd.nextInt(3) == 0 ? killed + 1 + rnd.nextInt(4) : killed;
                String outlet = OUTLETS[(incident + r) % OUTLETS.length];
                LocalDate published = day.plusDays(rnd.nextInt(2));
                String text = "مقتل " + figure + " في هجوم قرب " + place + "\n\n"
                        + "طرابلس - " + outlet + " " + published.getDayOfMonth() + " " + MONTHS[published.getMonthValue() - 1]
                        + " " + published.getYear() + "\n\n"
                        + "هاجم " + attacker + " " + target + " قرب مدينة " + place + " يوم " + day.getDayOfMonth() + " "
                        + MONTHS[day.getMonthValue() - 1] + " " + day.getYear() + "، ما أسفر عن مقتل " + figure
                        + " من عناصر الأمن وإصابة " + (1 + rnd.nextInt(6)) + " آخرين، بحسب مصدر أمني.\n\n" + FILLER;
                out.add(new Article(String.format("syn-%06d-%d", incident, r), text, published, outlet,
                        "https://example.org/syn/" + incident + "/" + r, null));
            }
            incident++;
        }
        return out;
    }
}
