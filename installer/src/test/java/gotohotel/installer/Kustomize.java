package gotohotel.installer;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Renders a kustomization with {@code kubectl kustomize}, offline (no cluster needed). */
final class Kustomize {

    /** kubectl 1.27+ carries kustomize 5; {@code -Dkubectl=/path} overrides the lookup. */
    static Path kubectl() {
        String configured = System.getProperty("kubectl");
        if (configured != null && !configured.isBlank()) {
            return Path.of(configured);
        }
        for (String dir : System.getenv().getOrDefault("PATH", "/usr/bin").split(java.io.File.pathSeparator)) {
            Path candidate = Path.of(dir, "kubectl");
            if (Files.isExecutable(candidate)) {
                return candidate;
            }
        }
        throw new AssertionError("kubectl not found on PATH (or -Dkubectl=...): the Kubernetes manifests are "
                + "rendered with 'kubectl kustomize'; install kubectl 1.27 or later (kustomize 5)");
    }

    static String render(Path kustomization) {
        try {
            Path errors = Files.createTempFile("kustomize", ".err");
            Process process = new ProcessBuilder(kubectl().toString(), "kustomize", kustomization.toString())
                    .redirectError(errors.toFile()).start();
            var out = process.getInputStream().readAllBytes();
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new AssertionError("kubectl kustomize " + kustomization + " did not finish in 60 s");
            }
            if (process.exitValue() != 0) {
                throw new AssertionError("kubectl kustomize " + kustomization + " failed (exit " + process.exitValue()
                        + "): " + Files.readString(errors).lines().limit(5).toList());
            }
            Files.deleteIfExists(errors);
            return new String(out, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new AssertionError("could not run kubectl kustomize " + kustomization + ": " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    /**
     * Writes a kustomization under {@code work} (kustomize refuses absolute paths, so every entry is made relative)
     * and renders it.
     */
    static String renderComposed(Path work, List<Path> resources, List<Path> components, String patches) {
        try {
            Files.createDirectories(work);
            var text = new StringBuilder("apiVersion: kustomize.config.k8s.io/v1beta1\nkind: Kustomization\n");
            text.append("resources:\n");
            resources.forEach(r -> text.append("  - ").append(relative(work, r)).append('\n'));
            if (!components.isEmpty()) {
                text.append("components:\n");
                components.forEach(c -> text.append("  - ").append(relative(work, c)).append('\n'));
            }
            text.append(patches);
            Files.writeString(work.resolve("kustomization.yaml"), text);
            return render(work);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    private static String relative(Path from, Path to) {
        return from.toAbsolutePath().normalize().relativize(to.toAbsolutePath().normalize()).toString();
    }

    private Kustomize() {
    }
}
