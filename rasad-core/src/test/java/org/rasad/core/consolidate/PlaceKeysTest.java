package org.rasad.core.consolidate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The index keys of places ({@link Places#ownKeys}, {@link Places#nearKeys}): every pair of places that
 * {@link Places#match} calls the same or related must share a key, one's own with the other's near,
 * or the candidate index would never compare them.
 */
class PlaceKeysTest {

    @Test
    void pointsWithinTwentyFiveKilometresShareACellAtAnyLatitude() {
        Random random = new Random(11);
        for (int i = 0; i < 200_000; i++) {
            double lat = -79 + random.nextDouble() * 158;
            double lon = -179 + random.nextDouble() * 358;
            double bearing = random.nextDouble() * 2 * Math.PI;
            double km = random.nextDouble() * Places.NEAR_KM;
            double lat2 = lat + Math.toDegrees(km * Math.cos(bearing) / 6371.0);
            double lon2 = lon + Math.toDegrees(km * Math.sin(bearing) / 6371.0 / Math.cos(Math.toRadians(lat)));
            Places.Key a = place("", lat, lon);
            Places.Key b = place("", lat2, lon2);
            if (Places.match(a, b) == Places.Match.SAME) {
                assertThat(meet(a, b)).as("%s,%s and %s,%s", lat, lon, lat2, lon2).isTrue();
            }
        }
    }

    @Test
    void aNameMeetsTheNamesThatContainItEitherWay() {
        Places.Key town = place("عصيده", null, null);
        Places.Key hill = place("جبل عصيده", null, null);
        assertThat(Places.match(town, hill)).isEqualTo(Places.Match.RELATED);
        assertThat(meet(town, hill)).isTrue();
        assertThat(meet(hill, town)).isTrue();
    }

    @Test
    void aSharedGenericWordIsNoKey() {
        assertThat(meet(place("عين الماء", null, null), place("عين البيضاء", null, null))).isFalse();
    }

    private static boolean meet(Places.Key registered, Places.Key lookingUp) {
        List<Object> own = Places.ownKeys(registered);
        return Places.nearKeys(lookingUp).stream().anyMatch(own::contains);
    }

    private static Places.Key place(String name, Double lat, Double lon) {
        return new Places.Key(name, name, "", lat, lon, 1);
    }
}
