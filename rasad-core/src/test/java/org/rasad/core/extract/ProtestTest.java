package org.rasad.core.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.rasad.core.extract.Extracting.events;
import static org.rasad.core.extract.Extracting.single;

import org.junit.jupiter.api.Test;
import org.rasad.core.model.Event;

/** Protesters named as people make a protest only where they act as protesters. */
class ProtestTest {

    @Test
    void protestersGatheringIsAProtest() {
        Event e = single("تجمع مئات المتظاهرين أمس أمام مقر الولاية في مدينة قفصة رافعين شعارات تطالب بالتشغيل.");
        assertThat(e.eventType()).isEqualTo("Protests");
    }

    @Test
    void protestersBlockingRoadsIsAProtest() {
        Event e = single("أغلق محتجون الطريق الرئيسي في مدينة صفاقس أمس احتجاجا على انقطاع المياه.");
        assertThat(e.eventType()).isEqualTo("Protests");
    }

    @Test
    void protestersOnlyNamedAsOthersSubjectIsNotAProtest() {
        assertThat(events("قالت الحكومة إنها ستفتح تحقيقا في مطالب المتظاهرين بمدينة البصرة."))
                .noneMatch(e -> e.eventType().equals("Protests"));
    }

    @Test
    void protestNounIsAProtest() {
        Event e = single("خرجت مظاهرة في مدينة الناصرية أمس تطالب بتحسين الخدمات.");
        assertThat(e.eventType()).isEqualTo("Protests");
    }
}
