package org.rasad.app.web;

import java.util.Arrays;

/** The orders the events list offers; {@code -} in front of the API name means descending. */
public enum EventSort {
    DATE("date"), DATE_DESC("-date"), FATALITIES("fatalities"), FATALITIES_DESC("-fatalities");

    private final String apiName;

    EventSort(String apiName) {
        this.apiName = apiName;
    }

    public String apiName() {
        return apiName;
    }

    public static EventSort parse(String s) {
        return Arrays.stream(values()).filter(v -> v.apiName.equals(s)).findFirst()
                .orElseThrow(() -> ApiException.badRequest("sort: «" + s + "» is not one of date, -date, fatalities, -fatalities"));
    }
}
