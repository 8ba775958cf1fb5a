package org.rasad.core.geo;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.rasad.core.model.ActorRef;

/** Once placed, civilians and unidentified groups take the country of the place; foreign forces become external. */
class LocalActorsTest {

    @Test
    void civiliansTakeTheCountryWhereTheEventHappened() {
        ActorRef moved = LocalActors.at(new ActorRef("Civilians (Turkey)", "مدني", 7, "TR"), "IQ");
        assertThat(moved.name()).isEqualTo("Civilians (Iraq)");
        assertThat(moved.country()).isEqualTo("IQ");
        assertThat(LocalActors.at(new ActorRef("Unidentified Armed Group", null, 3, null), "ML").name())
                .isEqualTo("Unidentified Armed Group (Mali)");
    }

    @Test
    void aStatesForcesAbroadAreExternal() {
        ActorRef turkish = LocalActors.at(new ActorRef("Military Forces of Turkey", "طائرة مسيرة تركية", 1, "TR"), "IQ");
        assertThat(turkish.name()).isEqualTo("Military Forces of Turkey");
        assertThat(turkish.inter()).isEqualTo(8);
    }

    @Test
    void forcesOfNoNamedStateAreThoseOfThePlace() {
        ActorRef police = LocalActors.at(new ActorRef("Police Forces", "قوات الأمن", 1, null), "YE");
        assertThat(police.name()).isEqualTo("Police Forces of Yemen");
        assertThat(police.inter()).isEqualTo(1);
    }

    @Test
    void namedGroupsForeignersAndUnplacedEventsStayAsTheyAre() {
        ActorRef is = new ActorRef("Islamic State (Iraq)", "داعش", 2, "IQ");
        assertThat(LocalActors.at(is, "SY")).isEqualTo(is);
        ActorRef foreigners = new ActorRef("Civilians (International)", "أجانب", 7, null);
        assertThat(LocalActors.at(foreigners, "LY")).isEqualTo(foreigners);
        ActorRef civilians = new ActorRef("Civilians (Turkey)", "مدني", 7, "TR");
        assertThat(LocalActors.at(civilians, null)).isEqualTo(civilians);
        assertThat(LocalActors.at(civilians, "TR")).isEqualTo(civilians);
    }
}
