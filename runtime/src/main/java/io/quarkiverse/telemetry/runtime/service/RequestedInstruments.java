package io.quarkiverse.telemetry.runtime.service;

import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

import io.quarkiverse.telemetry.InstrumentKind;

/**
 * The instruments one plugin and its modules have requested, by name. The same name, kind and unit again is the same
 * instrument; the same name with another kind or unit is refused at creation, naming both requesters, because the two
 * would be exported as two conflicting streams of one name.
 */
final class RequestedInstruments {

    /** What identifies an instrument within a scope, and who asked for it first. */
    private record Request(String name, InstrumentKind kind, String unit, String requester) {
    }

    /** OpenTelemetry compares instrument names case-insensitively. */
    private final Map<String, Request> byName = new ConcurrentHashMap<>();

    /**
     * Records the request, or checks it against the earlier one of that name.
     *
     * @throws IllegalArgumentException if an instrument of that name was requested with another kind or unit
     */
    void request(String name, InstrumentKind kind, String unit, String requester) {
        Request request = new Request(name, kind, unit, requester);
        Request first = byName.putIfAbsent(name.toLowerCase(Locale.ROOT), request);
        if (first != null && (first.kind != kind || !first.unit.equals(unit))) {
            throw new IllegalArgumentException("Instrument '" + name + "' is requested as " + describe(request)
                    + " by " + requester + ", but " + first.requester + " created it as " + describe(first)
                    + ": one name is one instrument, so the kind and unit must be the same; give one of them another name");
        }
    }

    /** The names of the instruments requested so far, as first requested. */
    Set<String> names() {
        return byName.values().stream().map(Request::name).collect(Collectors.toCollection(TreeSet::new));
    }

    private static String describe(Request request) {
        return request.kind + (request.unit.isEmpty() ? " without unit" : " with unit '" + request.unit + "'");
    }
}
