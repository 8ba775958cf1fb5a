package org.rasad.app.bench;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.rasad.core.model.Article;

/**
 * Seeded synthetic articles for the server benchmark, one incident each, every incident at its own
 * place and day (three days apart at a place), so that N articles consolidate into about N events
 * and a database of 100,000 events can be built from 100,000 articles. Same index, same article.
 */
public final class DistinctIncidents {

    private static final String[] PLACES = {"القطرون", "مرزق", "أوباري", "سبها", "تمسة", "غات", "الكفرة", "درنة", "سرت",
        "بني وليد", "غريان", "مصراتة", "الزاوية", "بنغازي", "الموصل", "تكريت", "الرمادي", "الفلوجة", "بعقوبة", "كركوك",
        "دير الزور", "الرقة", "تدمر", "إدلب", "حماة", "تعز", "مأرب", "عدن", "الحديدة", "مقديشو"};
    private static final String[] ATTACKERS = {"تنظيم داعش", "مسلحون مجهولون", "جماعة مسلحة", "عناصر من تنظيم الدولة"};
    private static final String[] TARGETS = {"دورية للجيش", "نقطة تفتيش للشرطة", "رتل عسكري", "بوابة أمنية"};
    private static final String[] MONTHS = {"يناير", "فبراير", "مارس", "أبريل", "مايو", "يونيو", "يوليو", "أغسطس",
        "سبتمبر", "أكتوبر", "نوفمبر", "ديسمبر"};
    private static final LocalDate FIRST_DAY = LocalDate.of(1990, 1, 1);

    private DistinctIncidents() {
    }

    public static List<Article> range(int from, int to) {
        List<Article> out = new ArrayList<>(to - from);
        for (int i = from; i < to; i++) {
            out.add(article(i));
        }
        return out;
    }

    static Article article(int i) {
        String place = PLACES[i % PLACES.length];
        LocalDate day = FIRST_DAY.plusDays(3L * (i / PLACES.length));
        int killed = 1 + (i * 7919) % 23;
        String text = "مقتل " + killed + " في هجوم قرب " + place + "\n\n"
                + "هاجم " + ATTACKERS[(i / 7) % ATTACKERS.length] + " " + TARGETS[(i / 3) % TARGETS.length] + " قرب مدينة "
                + place + " يوم " + day.getDayOfMonth() + " " + MONTHS[day.getMonthValue() - 1] + " " + day.getYear()
                + "، ما أسفر عن مقتل " + killed + " من عناصر الأمن، بحسب مصدر أمني.";
        return new Article(String.format("inc-%07d", i), text, day.plusDays(1), "وكالة " + (i % 5), null, null);
    }
}
