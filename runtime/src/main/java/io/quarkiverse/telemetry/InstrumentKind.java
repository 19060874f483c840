package io.quarkiverse.telemetry;

/**
 * The kinds of instrument a {@link TelemetryService} creates, each with the method that creates
 * it: one name is one kind, checked at creation and, for constant names, at build time.
 */
public enum InstrumentKind {

    COUNTER("createCounter", "a counter"),
    UP_DOWN_COUNTER("createUpDownCounter", "an up-down counter"),
    HISTOGRAM("createHistogram", "a histogram"),
    GAUGE("createGauge", "a gauge"),
    OBSERVABLE_COUNTER("createObservableCounter", "an observable counter"),
    OBSERVABLE_UP_DOWN_COUNTER("createObservableUpDownCounter", "an observable up-down counter"),
    OBSERVABLE_GAUGE("createObservableGauge", "an observable gauge");

    private final String factoryMethod;
    private final String description;

    InstrumentKind(String factoryMethod, String description) {
        this.factoryMethod = factoryMethod;
        this.description = description;
    }

    /** The name of the {@code TelemetryService} method that creates this kind. */
    public String factoryMethod() {
        return factoryMethod;
    }

    /** The kind as error messages name it, such as "an up-down counter". */
    @Override
    public String toString() {
        return description;
    }
}
