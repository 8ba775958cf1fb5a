package org.rasad.core.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.rasad.core.extract.Extracting.single;

import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.rasad.core.model.Claim;
import org.rasad.core.model.Event;

/** Each death figure names who gave it: rival claimants in one article stay apart. */
class ClaimAttributionTest {

    /** Claimant by figure value; "outlet" when the article states the figure itself. */
    private static Map<Long, String> claimants(String text) {
        Event e = single(text);
        return e.claims().stream().filter(c -> "killed".equals(c.kind()) && c.value() != null)
                .collect(Collectors.toMap(Claim::value, c -> c.claimant() == null ? "outlet" : c.claimant(), (x, y) -> x));
    }

    @Test
    void rivalClaimantsInOneSentence() {
        assertThat(claimants("""
                وفي الوقت الذي أكدت فيه وزارة الدفاع الأسبوع الماضي مقتل 9 مسلحين في غارة جوية على مزرعة قرب بلدة الكرمة، \
                نفى حينها رئيس المجلس المحلي للبلدة وقوع هذا العدد، وأكد العثور على 4 جثث مجهولة الهوية.
                """)).containsEntry(9L, "وزارة الدفاع").containsEntry(4L, "رئيس المجلس المحلي");
    }

    @Test
    void rivalClaimantsInTwoSentences() {
        assertThat(claimants("""
                قالت وزارة الدفاع إن غارة جوية نفذتها طائرة مسيرة قرب بلدة سنوني أمس أسفرت عن مقتل 8 مسلحين.
                ونفى مجلس قضاء سنجار هذا العدد، وأكد العثور على 3 جثث فقط في موقع الغارة قرب بلدة سنوني.
                """)).containsEntry(8L, "وزارة الدفاع").containsEntry(3L, "مجلس قضاء سنجار");
    }

    @Test
    void attributionByPreposition() {
        assertThat(claimants("قتل 6 مدنيين في قصف مدفعي على بلدة الكرمة أمس، بحسب مصادر طبية في البلدة."))
                .containsEntry(6L, "outlet");
        assertThat(claimants("وبحسب مصادر طبية، قتل 6 مدنيين في قصف مدفعي على بلدة الكرمة أمس."))
                .containsEntry(6L, "مصادر طبية");
    }

    @Test
    void theOutletSpeaksWhenNoOneIsQuoted() {
        assertThat(claimants("قتل 5 جنود في هجوم شنه مسلحون على حاجز للجيش قرب بلدة الكرمة أمس."))
                .containsEntry(5L, "outlet");
    }

    @Test
    void aVerbWithoutSpeakerKeepsThePreviousOne() {
        assertThat(claimants("وأعلن مصدر أمني أن الهجوم على حاجز بلدة الكرمة أمس أسفر، مضيفا أنه أدى إلى مقتل 3 جنود."))
                .containsEntry(3L, "مصدر أمني");
    }

    @Test
    void aBodyThatAnnouncesAnAbductionReportsIt() {
        // «أعلنت نقابة أطباء سبها اختطاف الطبيب …»: the union and its name stand between the verb and the event
        Event e = single("أعلنت نقابة أطباء سبها اختطاف الطبيب أحمد الحضيري على أيدي مسلحين مجهولين "
                + "مساء 3 يناير الجاري أثناء خروجه من عيادته وسط المدينة.", "2026-01-05");
        assertThat(e.subEventType()).isEqualTo("Abduction/forced disappearance");
        assertThat(e.date()).hasToString("2026-01-03");
    }
}
