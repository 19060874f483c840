package io.quarkiverse.telemetry.it.catalog;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.agroal.api.AgroalDataSource;
import io.opentelemetry.api.metrics.LongCounter;
import io.quarkiverse.telemetry.PluginTelemetry;
import io.quarkiverse.telemetry.TelemetryService;
import io.quarkiverse.telemetry.it.PluginRequests;

/**
 * Keeps entities, their relations and locations in the embedded database, with each entity's place in the processing
 * and stitching queues.
 */
@ApplicationScoped
public class CatalogStore {

    /** An entity waiting in a queue since {@code due}, with what its last processing or stitching produced. */
    record Queued(String kind, String name, Instant due, String processedHash, String stitchedHash,
            List<String> relations) {

        String ref() {
            return kind + ":" + name;
        }
    }

    private interface Row {
        void read(ResultSet row) throws SQLException;
    }

    private interface Statements {
        void run(Connection connection) throws SQLException;
    }

    private final AgroalDataSource database;
    private final TelemetryService telemetry;
    private final LongCounter requests;

    @Inject
    public CatalogStore(AgroalDataSource database, @PluginTelemetry TelemetryService telemetry) throws SQLException {
        this.database = database;
        this.telemetry = telemetry;
        requests = PluginRequests.counter(telemetry);
        update(connection -> {
            try (Statement statement = connection.createStatement()) {
                statement.execute("CREATE TABLE IF NOT EXISTS entities (kind VARCHAR(64), name VARCHAR(255),"
                        + " refresh_due TIMESTAMP, processed_hash VARCHAR(64), stitch_due TIMESTAMP,"
                        + " stitched_hash VARCHAR(64), PRIMARY KEY (kind, name))");
                statement.execute("CREATE TABLE IF NOT EXISTS relations (source VARCHAR(320), type VARCHAR(64),"
                        + " target VARCHAR(320), PRIMARY KEY (source, type, target))");
                statement.execute("CREATE TABLE IF NOT EXISTS locations (target VARCHAR(1024) PRIMARY KEY)");
            }
        });
    }

    /** Adds or updates an entity and queues it for processing; the result says which. Traced as one span. */
    public String add(Entity entity) throws SQLException {
        requests.add(1);
        return telemetry.startActiveSpan("catalog.add", span -> {
            span.setAttribute("entity.ref", entity.kind() + ":" + entity.name());
            boolean added = insertIfAbsent(entity);
            replaceRelations(entity);
            queueForProcessing(entity.kind(), entity.name());
            return added ? "added" : "updated";
        });
    }

    public List<Entity> list() {
        requests.add(1);
        List<Entity> entities = new ArrayList<>();
        query("SELECT kind, name FROM entities ORDER BY kind, name",
                row -> entities.add(new Entity(row.getString(1), row.getString(2))));
        return entities;
    }

    /** Removes an entity and its relations; false if there was none. */
    public boolean delete(String kind, String name) throws SQLException {
        requests.add(1);
        boolean[] deleted = new boolean[1];
        update(connection -> {
            try (PreparedStatement entity = connection.prepareStatement("DELETE FROM entities WHERE kind = ? AND name = ?");
                    PreparedStatement relations = connection.prepareStatement("DELETE FROM relations WHERE source = ?")) {
                entity.setString(1, kind);
                entity.setString(2, name);
                relations.setString(1, kind + ":" + name);
                relations.executeUpdate();
                deleted[0] = entity.executeUpdate() == 1;
            }
        });
        return deleted[0];
    }

    /** Registers a location (such as the URL of a catalog-info.yaml); false if it was registered already. */
    public boolean registerLocation(String target) throws SQLException {
        requests.add(1);
        return executeUpdate("INSERT INTO locations (target) SELECT ? WHERE NOT EXISTS"
                + " (SELECT 1 FROM locations WHERE target = ?)", target, target) == 1;
    }

    public List<String> locations() {
        requests.add(1);
        List<String> locations = new ArrayList<>();
        query("SELECT target FROM locations ORDER BY target", row -> locations.add(row.getString(1)));
        return locations;
    }

    /** Queues every entity not yet queued: a full refresh, as Backstage's catalog does on a schedule. */
    void queueAllForProcessing() throws SQLException {
        executeUpdate("UPDATE entities SET refresh_due = ? WHERE refresh_due IS NULL", now());
    }

    List<Queued> queuedForProcessing() {
        return queued("refresh_due");
    }

    List<Queued> queuedForStitching() {
        return queued("stitch_due");
    }

    /** Records a processing outcome; an entity whose output changed is queued for stitching. */
    void processed(Queued entity, String hash, boolean stitch) throws SQLException {
        executeUpdate("UPDATE entities SET refresh_due = NULL, processed_hash = ?,"
                + " stitch_due = CASE WHEN ? THEN ? ELSE stitch_due END WHERE kind = ? AND name = ?",
                hash, stitch, now(), entity.kind(), entity.name());
    }

    /** Takes a failed entity off the processing queue until the next refresh. */
    void failed(Queued entity) throws SQLException {
        executeUpdate("UPDATE entities SET refresh_due = NULL WHERE kind = ? AND name = ?", entity.kind(),
                entity.name());
    }

    void stitched(Queued entity, String hash) throws SQLException {
        executeUpdate("UPDATE entities SET stitch_due = NULL, stitched_hash = ? WHERE kind = ? AND name = ?", hash,
                entity.kind(), entity.name());
    }

    /** Entities by kind. */
    /** Entities by lower-case kind, as Backstage counts them (from the lower-case entity reference). */
    Map<String, Long> countByKind() {
        Map<String, Long> counts = new LinkedHashMap<>();
        query("SELECT LOWER(kind), COUNT(*) FROM entities GROUP BY LOWER(kind)",
                row -> counts.put(row.getString(1), row.getLong(2)));
        return counts;
    }

    long countLocations() {
        return count("SELECT COUNT(*) FROM locations");
    }

    long countRelations() {
        return count("SELECT COUNT(*) FROM relations");
    }

    long countStitchingQueue() {
        return count("SELECT COUNT(*) FROM entities WHERE stitch_due IS NOT NULL");
    }

    private List<Queued> queued(String dueColumn) {
        List<Queued> queued = new ArrayList<>();
        query("SELECT kind, name, " + dueColumn + ", processed_hash, stitched_hash FROM entities WHERE " + dueColumn
                + " IS NOT NULL ORDER BY " + dueColumn,
                row -> queued.add(new Queued(row.getString(1), row.getString(2), row.getTimestamp(3).toInstant(),
                        row.getString(4), row.getString(5), relationsOf(row.getString(1) + ":" + row.getString(2)))));
        return queued;
    }

    private List<String> relationsOf(String source) {
        List<String> targets = new ArrayList<>();
        try (Connection connection = database.getConnection();
                PreparedStatement select = connection
                        .prepareStatement("SELECT target FROM relations WHERE source = ? ORDER BY target")) {
            select.setString(1, source);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    targets.add(rows.getString(1));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Catalog query failed: relations of " + source, e);
        }
        return targets;
    }

    private void queueForProcessing(String kind, String name) throws SQLException {
        executeUpdate("UPDATE entities SET refresh_due = ? WHERE kind = ? AND name = ?", now(), kind, name);
    }

    private boolean insertIfAbsent(Entity entity) throws SQLException {
        return executeUpdate("INSERT INTO entities (kind, name) SELECT ?, ? WHERE NOT EXISTS"
                + " (SELECT 1 FROM entities WHERE kind = ? AND name = ?)", entity.kind(), entity.name(), entity.kind(),
                entity.name()) == 1;
    }

    private void replaceRelations(Entity entity) throws SQLException {
        String source = entity.kind() + ":" + entity.name();
        executeUpdate("DELETE FROM relations WHERE source = ?", source);
        for (String target : entity.dependsOn().stream().distinct().toList()) {
            executeUpdate("INSERT INTO relations (source, type, target) VALUES (?, 'dependsOn', ?)", source, target);
        }
    }

    private static Timestamp now() {
        return Timestamp.from(Instant.now());
    }

    private int executeUpdate(String sql, Object... parameters) throws SQLException {
        int[] updated = new int[1];
        update(connection -> {
            try (PreparedStatement statement = connection.prepareStatement(sql)) {
                for (int i = 0; i < parameters.length; i++) {
                    statement.setObject(i + 1, parameters[i]);
                }
                updated[0] = statement.executeUpdate();
            }
        });
        return updated[0];
    }

    private void update(Statements statements) throws SQLException {
        try (Connection connection = database.getConnection()) {
            statements.run(connection);
        }
    }

    private long count(String sql) {
        long[] count = new long[1];
        query(sql, row -> count[0] = row.getLong(1));
        return count[0];
    }

    private void query(String sql, Row reader) {
        try (Connection connection = database.getConnection();
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery(sql)) {
            while (rows.next()) {
                reader.read(rows);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Catalog query failed: " + sql, e);
        }
    }
}
