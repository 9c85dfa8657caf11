package org.sutiao.it;

import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Tampers with the audit table by plain SQL, as someone with database access would, and puts it back (deployed in
 * test.war only; used by {@link AuditIT}).
 */
@Stateless
public class AuditProbe {
    @Resource(lookup = "java:jboss/datasources/SutiaoDS")
    DataSource db;

    /** Overwrites one entry's detail; answers the detail it had. */
    public String editDetail(long id, String detail) throws SQLException {
        try (Connection c = db.getConnection()) {
            String old;
            try (PreparedStatement q = c.prepareStatement("SELECT detail FROM audit_entry WHERE id = ?")) {
                q.setLong(1, id);
                try (ResultSet rs = q.executeQuery()) {
                    if (!rs.next()) {
                        throw new IllegalArgumentException("no audit entry " + id);
                    }
                    old = rs.getString(1);
                }
            }
            try (PreparedStatement u = c.prepareStatement("UPDATE audit_entry SET detail = ? WHERE id = ?")) {
                u.setString(1, detail);
                u.setLong(2, id);
                u.executeUpdate();
            }
            return old;
        }
    }

    /** Deletes one entry; answers its columns, to put it back with {@link #restore}. */
    public Map<String, Object> delete(long id) throws SQLException {
        try (Connection c = db.getConnection()) {
            Map<String, Object> row = new LinkedHashMap<>();
            try (PreparedStatement q = c.prepareStatement("SELECT * FROM audit_entry WHERE id = ?")) {
                q.setLong(1, id);
                try (ResultSet rs = q.executeQuery()) {
                    if (!rs.next()) {
                        throw new IllegalArgumentException("no audit entry " + id);
                    }
                    ResultSetMetaData md = rs.getMetaData();
                    for (int i = 1; i <= md.getColumnCount(); i++) {
                        String name = md.getColumnLabel(i).toLowerCase(java.util.Locale.ROOT);
                        // the instant exactly, whatever the driver's default mapping and the JVM's zone
                        row.put(name, "occurred_at".equals(name) ? rs.getObject(i, java.time.OffsetDateTime.class)
                                : rs.getObject(i));
                    }
                }
            }
            try (PreparedStatement d = c.prepareStatement("DELETE FROM audit_entry WHERE id = ?")) {
                d.setLong(1, id);
                d.executeUpdate();
            }
            return row;
        }
    }

    /** Inserts a row taken by {@link #delete} exactly as it was. */
    public void restore(Map<String, Object> row) throws SQLException {
        String cols = String.join(", ", row.keySet());
        String marks = String.join(", ", row.keySet().stream().map(k -> "?").toList());
        try (Connection c = db.getConnection();
             PreparedStatement i = c.prepareStatement("INSERT INTO audit_entry (" + cols + ") VALUES (" + marks + ")")) {
            int n = 1;
            for (Object v : row.values()) {
                i.setObject(n++, v);
            }
            i.executeUpdate();
        }
    }

    /**
     * Inserts {@code n} unsealed rows as the code before V9 wrote them (no role, no hashes, no chain position), with
     * ids below every id of the sequence (after the highest id written before V31, if any): as on a database upgraded
     * with pre-V9 rows never sealed.
     *
     * @return their ids, ascending
     */
    public java.util.List<Long> insertLegacyRows(int n) throws SQLException {
        try (Connection c = db.getConnection()) {
            long last;
            try (PreparedStatement q = c.prepareStatement(
                    "SELECT COALESCE(MAX(id), 0) FROM audit_entry WHERE id < ?")) {
                q.setLong(1, 999_000_000_000L);
                try (ResultSet rs = q.executeQuery()) {
                    rs.next();
                    last = rs.getLong(1);
                }
            }
            java.util.List<Long> ids = new java.util.ArrayList<>();
            try (PreparedStatement i = c.prepareStatement("INSERT INTO audit_entry (id, occurred_at, username, action,"
                    + " case_id, detail) VALUES (?, ?, 'legacy.user', 'READ_CASE', NULL, 'full')")) {
                for (int k = 1; k <= n; k++) {
                    i.setLong(1, last + k);
                    i.setObject(2, java.time.OffsetDateTime.now(java.time.ZoneOffset.UTC).minusDays(400));
                    i.executeUpdate();
                    ids.add(last + k);
                }
            }
            return ids;
        }
    }

    /** An entry's chain position, or null (unsealed). */
    public Long position(long id) throws SQLException {
        try (Connection c = db.getConnection();
             PreparedStatement q = c.prepareStatement("SELECT chain_position FROM audit_entry WHERE id = ?")) {
            q.setLong(1, id);
            try (ResultSet rs = q.executeQuery()) {
                return rs.next() ? (Long) rs.getObject(1, Long.class) : null;
            }
        }
    }

    /** The highest entry id written so far. */
    public long maxId() throws SQLException {
        try (Connection c = db.getConnection();
             PreparedStatement q = c.prepareStatement("SELECT COALESCE(MAX(id), 0) FROM audit_entry");
             ResultSet rs = q.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /**
     * Of the entries with ids in {@code (after, until]}: how many there are, how many are sealed, how many distinct
     * chain positions they hold.
     */
    public long[] sealing(long after, long until) throws SQLException {
        try (Connection c = db.getConnection();
             PreparedStatement q = c.prepareStatement("SELECT COUNT(*), COUNT(chain_position), COUNT(DISTINCT"
                     + " chain_position) FROM audit_entry WHERE id > ? AND id <= ?")) {
            q.setLong(1, after);
            q.setLong(2, until);
            try (ResultSet rs = q.executeQuery()) {
                rs.next();
                return new long[]{rs.getLong(1), rs.getLong(2), rs.getLong(3)};
            }
        }
    }

    /** The stored hash of an entry, or null. */
    public String hash(long id) throws SQLException {
        try (Connection c = db.getConnection();
             PreparedStatement q = c.prepareStatement("SELECT hash FROM audit_entry WHERE id = ?")) {
            q.setLong(1, id);
            try (ResultSet rs = q.executeQuery()) {
                return rs.next() ? rs.getString(1) : null;
            }
        }
    }
}
