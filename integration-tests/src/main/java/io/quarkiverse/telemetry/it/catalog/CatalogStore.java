package io.quarkiverse.telemetry.it.catalog;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.agroal.api.AgroalDataSource;
import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.common.Attributes;
import io.opentelemetry.api.metrics.DoubleHistogram;
import io.opentelemetry.api.metrics.LongCounter;
import io.quarkiverse.telemetry.MetricOptions;
import io.quarkiverse.telemetry.PluginTelemetry;
import io.quarkiverse.telemetry.TelemetryService;
import io.quarkiverse.telemetry.it.PluginRequests;
import io.quarkus.runtime.Startup;

/** Keeps entities, their relations and locations in the embedded database; seeded at start-up, before any request. */
@Startup
@ApplicationScoped
public class CatalogStore {

    static final AttributeKey<String> RESULT = AttributeKey.stringKey("result");

    private final AgroalDataSource database;
    private final TelemetryService telemetry;
    private final LongCounter processed;
    private final DoubleHistogram processingDuration;
    private final LongCounter requests;

    @Inject
    public CatalogStore(AgroalDataSource database, @PluginTelemetry TelemetryService telemetry) throws SQLException {
        this.database = database;
        this.telemetry = telemetry;
        processed = telemetry.createCounter("catalog.processed.entities.count",
                MetricOptions.builder().description("Amount of entities processed").build());
        processingDuration = telemetry.createHistogram("catalog.processing.duration", MetricOptions.builder()
                .description("Time spent processing an entity").unit("s")
                .explicitBucketBoundaries(List.of(0.001, 0.005, 0.01, 0.05, 0.1, 0.5, 1.0, 5.0)).build());
        requests = PluginRequests.counter(telemetry);
        try (Connection connection = database.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute("CREATE TABLE IF NOT EXISTS entities (kind VARCHAR(64), name VARCHAR(255),"
                    + " PRIMARY KEY (kind, name))");
            statement.execute("CREATE TABLE IF NOT EXISTS relations (source VARCHAR(320), type VARCHAR(64),"
                    + " target VARCHAR(320), PRIMARY KEY (source, type, target))");
            statement.execute("CREATE TABLE IF NOT EXISTS locations (target VARCHAR(1024) PRIMARY KEY)");
        }
        // seeded while the application starts: these values are in the very first scrape
        add(new Entity("Location", "bootstrap"));
    }

    /** Adds an entity unless it is there; the result says which, and the work is traced as one span. */
    public String add(Entity entity) throws SQLException {
        requests.add(1);
        return telemetry.startActiveSpan("catalog.process", span -> {
            span.setAttribute("entity.ref", entity.kind() + ":" + entity.name());
            long start = System.nanoTime();
            String result = insertIfAbsent(entity) ? "changed" : "unchanged";
            replaceRelations(entity);
            processed.add(1, Attributes.of(RESULT, result));
            processingDuration.record((System.nanoTime() - start) / 1e9, Attributes.of(RESULT, result));
            return result;
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
        try (Connection connection = database.getConnection();
                PreparedStatement entity = connection.prepareStatement("DELETE FROM entities WHERE kind = ? AND name = ?");
                PreparedStatement relations = connection.prepareStatement("DELETE FROM relations WHERE source = ?")) {
            entity.setString(1, kind);
            entity.setString(2, name);
            relations.setString(1, kind + ":" + name);
            relations.executeUpdate();
            return entity.executeUpdate() == 1;
        }
    }

    /** Registers a location (such as the URL of a catalog-info.yaml); false if it was registered already. */
    public boolean registerLocation(String target) throws SQLException {
        requests.add(1);
        try (Connection connection = database.getConnection();
                PreparedStatement insert = connection.prepareStatement(
                        "INSERT INTO locations (target) SELECT ? WHERE NOT EXISTS (SELECT 1 FROM locations WHERE target = ?)")) {
            insert.setString(1, target);
            insert.setString(2, target);
            return insert.executeUpdate() == 1;
        }
    }

    public List<String> locations() {
        requests.add(1);
        List<String> locations = new ArrayList<>();
        query("SELECT target FROM locations ORDER BY target", row -> locations.add(row.getString(1)));
        return locations;
    }

    /** Entities by kind. */
    Map<String, Long> countByKind() {
        Map<String, Long> counts = new LinkedHashMap<>();
        query("SELECT kind, COUNT(*) FROM entities GROUP BY kind", row -> counts.put(row.getString(1), row.getLong(2)));
        return counts;
    }

    long countLocations() {
        return count("SELECT COUNT(*) FROM locations");
    }

    long countRelations() {
        return count("SELECT COUNT(*) FROM relations");
    }

    private long count(String sql) {
        long[] count = new long[1];
        query(sql, row -> count[0] = row.getLong(1));
        return count[0];
    }

    private void replaceRelations(Entity entity) throws SQLException {
        String source = entity.kind() + ":" + entity.name();
        try (Connection connection = database.getConnection();
                PreparedStatement delete = connection.prepareStatement("DELETE FROM relations WHERE source = ?");
                PreparedStatement insert = connection.prepareStatement(
                        "INSERT INTO relations (source, type, target) VALUES (?, 'dependsOn', ?)")) {
            delete.setString(1, source);
            delete.executeUpdate();
            for (String target : entity.dependsOn().stream().distinct().toList()) {
                insert.setString(1, source);
                insert.setString(2, target);
                insert.executeUpdate();
            }
        }
    }

    private boolean insertIfAbsent(Entity entity) throws SQLException {
        try (Connection connection = database.getConnection();
                PreparedStatement insert = connection.prepareStatement(
                        "INSERT INTO entities (kind, name) SELECT ?, ? WHERE NOT EXISTS"
                                + " (SELECT 1 FROM entities WHERE kind = ? AND name = ?)")) {
            insert.setString(1, entity.kind());
            insert.setString(2, entity.name());
            insert.setString(3, entity.kind());
            insert.setString(4, entity.name());
            return insert.executeUpdate() == 1;
        }
    }

    private interface Row {
        void read(ResultSet row) throws SQLException;
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
