package org.rasad.app.web;

import java.util.List;
import java.util.Map;

/** Typed access to query parameters: each given at most once, blank means absent, bad values are 400s. */
final class QueryParams {

    private final Map<String, List<String>> params;

    QueryParams(Map<String, List<String>> params) {
        this.params = params;
    }

    String string(String name) {
        List<String> v = params.get(name);
        if (v == null || v.isEmpty()) {
            return null;
        }
        if (v.size() > 1) {
            throw ApiException.badRequest(name + ": given " + v.size() + " times; give it once");
        }
        String s = v.get(0).strip();
        if (s.length() > 500) {
            throw ApiException.badRequest(name + ": longer than 500 characters");
        }
        return s.isEmpty() ? null : s;
    }

    int integer(String name, int absent) {
        String s = string(name);
        if (s == null) {
            return absent;
        }
        try {
            return Integer.parseInt(s);
        } catch (NumberFormatException e) {
            throw ApiException.badRequest(name + ": «" + s + "» is not a whole number");
        }
    }

    boolean bool(String name) {
        String s = string(name);
        if (s == null || s.equals("false")) {
            return false;
        }
        if (s.equals("true")) {
            return true;
        }
        throw ApiException.badRequest(name + ": «" + s + "» is not true or false");
    }
}
