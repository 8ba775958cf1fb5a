package org.rasad.app.web;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The placed events by 5-degree cell, for box filters: the events of cells wholly inside the box
 * pass without a test, only those of cells on its edge are tested point by point. Immutable once built.
 */
final class PlaceGrid {

    private static final double CELL = 5.0;
    private static final int COLUMNS = 72;

    private final int size;
    private final double[] lat;
    private final double[] lon;
    private final Map<Integer, Postings> cells = new HashMap<>();

    PlaceGrid(double[] lat, double[] lon) {
        this.size = lat.length;
        this.lat = lat;
        this.lon = lon;
        Map<Integer, List<Integer>> lists = new HashMap<>();
        for (int i = 0; i < size; i++) {
            if (!Double.isNaN(lat[i]) && !Double.isNaN(lon[i])) {
                lists.computeIfAbsent(cell(lat[i], lon[i]), k -> new ArrayList<>()).add(i);
            }
        }
        lists.forEach((k, v) -> cells.put(k, new Postings(v.stream().mapToInt(Integer::intValue).toArray(), size)));
    }

    private static int cell(double lat, double lon) {
        int x = Math.min(COLUMNS - 1, (int) Math.floor((lon + 180) / CELL));
        int y = Math.min(35, (int) Math.floor((lat + 90) / CELL));
        return y * COLUMNS + x;
    }

    BitSet inside(BoundingBox box) {
        BitSet out = new BitSet(size);
        cells.forEach((id, events) -> {
            double west = (id % COLUMNS) * CELL - 180;
            double south = (id / COLUMNS) * CELL - 90;
            double east = west + CELL;
            double north = south + CELL;
            if (east < box.west() || west > box.east() || north < box.south() || south > box.north()) {
                return;
            }
            if (box.west() <= west && east <= box.east() && box.south() <= south && north <= box.north()) {
                events.orInto(out);
            } else {
                events.forEach(e -> {
                    if (box.contains(lat[e], lon[e])) {
                        out.set(e);
                    }
                });
            }
        });
        return out;
    }
}
