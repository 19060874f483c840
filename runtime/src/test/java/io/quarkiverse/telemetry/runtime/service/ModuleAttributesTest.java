package io.quarkiverse.telemetry.runtime.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;

import org.junit.jupiter.api.Test;

import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.common.Attributes;
import io.quarkiverse.telemetry.BackstageNaming;

/** A module's attribute is added to every set; each set is merged once, up to the bound, and correctly beyond it. */
class ModuleAttributesTest {

    private static final AttributeKey<String> RESULT = AttributeKey.stringKey("result");
    private static final AttributeKey<Long> N = AttributeKey.longKey("n");

    private final ModuleAttributes github = new ModuleAttributes("github");

    @Test
    void theModulesAttributeIsAddedAndASetIsMergedOnce() {
        Attributes ok = Attributes.of(RESULT, "ok");
        Attributes merged = github.with(ok);
        assertEquals(Attributes.of(RESULT, "ok", AttributeKey.stringKey(BackstageNaming.MODULE_ATTRIBUTE), "github"),
                merged);
        assertSame(merged, github.with(Attributes.of(RESULT, "ok")), "an equal set built anew finds the merged one");
        assertSame(github.moduleOnly(), github.with(Attributes.empty()));
    }

    @Test
    void setsBeyondTheBoundAreMergedOnEachCall() {
        for (long i = 0; i < ModuleAttributes.MAX_KEPT; i++) {
            github.with(Attributes.of(N, i));
        }
        Attributes beyond = Attributes.of(N, -1L);
        Attributes first = github.with(beyond);
        assertNotSame(first, github.with(beyond), "not kept");
        assertEquals(first, github.with(beyond));
        assertEquals("github", first.get(AttributeKey.stringKey(BackstageNaming.MODULE_ATTRIBUTE)));
    }
}
