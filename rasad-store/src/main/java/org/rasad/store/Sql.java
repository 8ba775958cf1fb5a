package org.rasad.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;

/** Null-aware parameter setting and reading, the only JDBC plumbing the row classes share. */
final class Sql {

    private Sql() {
    }

    static void set(PreparedStatement ps, int i, Object v) throws SQLException {
        if (v == null) {
            ps.setNull(i, Types.NULL);
        } else if (v instanceof String s) {
            ps.setString(i, s);
        } else if (v instanceof Integer n) {
            ps.setInt(i, n);
        } else if (v instanceof Long n) {
            ps.setLong(i, n);
        } else if (v instanceof Double d) {
            ps.setDouble(i, d);
        } else if (v instanceof Boolean b) {
            ps.setBoolean(i, b);
        } else {
            ps.setString(i, v.toString());
        }
    }

    static void setAll(PreparedStatement ps, Object... values) throws SQLException {
        for (int i = 0; i < values.length; i++) {
            set(ps, i + 1, values[i]);
        }
    }

    static Integer integer(ResultSet rs, String column) throws SQLException {
        int v = rs.getInt(column);
        return rs.wasNull() ? null : v;
    }
}
