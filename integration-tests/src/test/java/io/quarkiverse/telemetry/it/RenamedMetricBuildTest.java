package io.quarkiverse.telemetry.it;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;

import org.jboss.shrinkwrap.api.asset.ByteArrayAsset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.ClassVisitor;
import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;

import io.quarkiverse.telemetry.it.catalog.CatalogProcessing;
import io.quarkiverse.telemetry.it.scaffolder.TaskRunner;
import io.quarkus.test.QuarkusUnitTest;

/**
 * The breaking-change check on the demo itself: a build of the demo whose scaffolder creates
 * {@code scaffolder.tasks.count} where it created {@code scaffolder.task.count} (the demo's own compiled class, that one
 * constant changed), against the demo's registry as a previous release published it
 * ({@code src/test/resources/registry-baseline}, today's demo as 1.0.0), fails with exactly that change, named by
 * plugin and instrument with both versions and the likely new name. Exactly one change: the baseline is also the
 * demo's registry as it stands, so any other change to the demo's telemetry fails here too until the baseline is
 * renewed (copy {@code target/telemetry/registry/}).
 */
public class RenamedMetricBuildTest {

    static final String TASK_RUNNER = TaskRunner.class.getName().replace('.', '/') + ".class";
    static final Path BASELINE = Path.of("src", "test", "resources", "registry-baseline").toAbsolutePath();

    @RegisterExtension
    static final QuarkusUnitTest app = new QuarkusUnitTest()
            .withApplicationRoot(jar -> {
                jar.addPackage(CatalogProcessing.class.getPackage()).addPackage(TaskRunner.class.getPackage())
                        .addClasses(PluginRequests.class, OneOffMetrics.class, DeprecatedMetricsResource.class)
                        .addAsResource("application.properties");
                jar.delete(TASK_RUNNER);
                jar.add(new ByteArrayAsset(renamed(TaskRunner.class, "scaffolder.task.count", "scaffolder.tasks.count")),
                        TASK_RUNNER);
            })
            .overrideConfigKey("quarkus.application.version", "1.1.0")
            // the demo's own files in target/telemetry stay those of the demo
            .overrideConfigKey("telemetry.operations-files.enabled", "false")
            .overrideConfigKey("telemetry.registry.baseline", BASELINE.toString())
            .overrideConfigKey("telemetry.registry.breaking-changes", "fail")
            .assertException(failure -> {
                StringBuilder messages = new StringBuilder();
                for (Throwable t = failure; t != null; t = t.getCause()) {
                    messages.append(t.getMessage()).append('\n');
                }
                String expected = "1 breaking change(s) of the telemetry from 1.0.0 (" + BASELINE + ") to 1.1.0, which"
                        + " dashboards, alerts and queries built on 1.0.0 would notice:\n"
                        + "- plugin 'scaffolder', metric 'scaffolder.task.count': removed (1.0.0: counter; 1.1.0:"
                        + " none), renamed to 'scaffolder.tasks.count'? (new, also counter); mark it deprecated for"
                        + " a release first (MetricOptions.deprecated or renamedTo)\n"
                        + "(telemetry.registry.breaking-changes=warn reports them as warnings instead)";
                if (!messages.toString().contains(expected)) {
                    throw new AssertionError("expected <" + expected + "> in:\n" + messages);
                }
            });

    @Test
    void theBuildReportsTheRename() {
    }

    /** The class's bytecode with one string constant replaced. */
    static byte[] renamed(Class<?> type, String from, String to) {
        try (InputStream in = type.getResourceAsStream(type.getSimpleName() + ".class")) {
            ClassReader reader = new ClassReader(in);
            ClassWriter writer = new ClassWriter(reader, 0);
            reader.accept(new ClassVisitor(Opcodes.ASM9, writer) {
                @Override
                public MethodVisitor visitMethod(int access, String name, String descriptor, String signature,
                        String[] exceptions) {
                    return new MethodVisitor(Opcodes.ASM9,
                            super.visitMethod(access, name, descriptor, signature, exceptions)) {
                        @Override
                        public void visitLdcInsn(Object value) {
                            super.visitLdcInsn(from.equals(value) ? to : value);
                        }
                    };
                }
            }, 0);
            return writer.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
