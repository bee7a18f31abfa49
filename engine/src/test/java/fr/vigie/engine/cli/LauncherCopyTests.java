package fr.vigie.engine.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code bin/vigie <command>} runs the command line from an immutable copy of the engine jar and its
 * libraries in {@code .vigie-run/}, named by their content, as {@code serve} does: a build in the
 * checkout rewrites {@code engine/target/} without touching the classes of a running command (before,
 * a concurrent build made it throw {@code NoClassDefFoundError}). The script runs in a copy of a
 * checkout with a stand-in {@code java} that prints its arguments instead of starting a JVM.
 */
@EnabledOnOs({OS.LINUX, OS.MAC})
class LauncherCopyTests {

  private static final Pattern CLASSPATH = Pattern.compile("-cp\\n(\\S+)/vigie-engine\\.jar:(\\S+)/lib/\\*\\n");

  @TempDir Path root;

  @Test
  void theCommandLineRunsFromAContentNamedCopyThatARebuildLeavesAlone() throws Exception {
    checkout();
    String first = run("regulations", "list");
    Path copy = copyOf(first);
    assertThat(copy.getParent()).isEqualTo(root.resolve(".vigie-run"));
    assertThat(copy.getFileName().toString()).startsWith("cli-");
    assertThat(Files.readString(copy.resolve("vigie-engine.jar"))).isEqualTo("engine v1");
    assertThat(Files.readString(copy.resolve("lib/picocli.jar"))).isEqualTo("picocli");
    assertThat(first).contains("fr.vigie.engine.cli.VigieCli\nregulations\nlist\n");

    // the same build: the same copy
    assertThat(copyOf(run("--version"))).isEqualTo(copy);

    // a rebuild in the checkout: the next command gets a new copy, the running one keeps its own
    write("engine/target/vigie-engine.jar", "engine v2, rebuilt");
    Path second = copyOf(run("regulations", "list"));
    assertThat(second).isNotEqualTo(copy);
    assertThat(Files.readString(second.resolve("vigie-engine.jar"))).isEqualTo("engine v2, rebuilt");
    assertThat(Files.readString(copy.resolve("vigie-engine.jar"))).isEqualTo("engine v1");
    // a library changed (another version, another size) makes a new copy too
    write("engine/target/lib/picocli.jar", "picocli 4.8");
    Path third = copyOf(run("regulations", "list"));
    assertThat(third).isNotIn(copy, second);
    assertThat(Files.readString(third.resolve("lib/picocli.jar"))).isEqualTo("picocli 4.8");
    // nothing half-copied is left behind
    try (Stream<Path> left = Files.list(root.resolve(".vigie-run"))) {
      assertThat(left.map(p -> p.getFileName().toString())).allMatch(n -> n.startsWith("cli-"));
    }
  }

  /** A checkout whose engine is built (sources older than the jar), and a stand-in JDK. */
  private void checkout() throws IOException {
    Path script = write("bin/vigie", Files.readString(Path.of("..", "bin", "vigie")));
    Files.setPosixFilePermissions(script, PosixFilePermissions.fromString("rwxr-xr-x"));
    FileTime old = FileTime.from(Instant.now().minus(1, ChronoUnit.DAYS));
    for (Path p : List.of(write("pom.xml", "<project/>"), write("engine/pom.xml", "<project/>"),
        write("engine/src/main/java/A.java", "class A {}"))) {
      Files.setLastModifiedTime(p, old);
    }
    write("engine/target/vigie-engine.jar", "engine v1");
    write("engine/target/lib/picocli.jar", "picocli");
    // answers the version question of bin/vigie, else prints its arguments one per line
    Path java = write("jdk/bin/java", """
        #!/usr/bin/env bash
        for a in "$@"; do
          if [ "$a" = "-XshowSettings:properties" ]; then echo '    java.specification.version = 21' >&2; exit 0; fi
        done
        printf '%s\\n' "$@"
        """);
    Path javac = write("jdk/bin/javac", "#!/usr/bin/env bash\nexit 0\n");
    for (Path p : List.of(java, javac)) {
      Files.setPosixFilePermissions(p, PosixFilePermissions.fromString("rwxr-xr-x"));
    }
  }

  private String run(String... args) throws Exception {
    List<String> command = new java.util.ArrayList<>(List.of("bash", root.resolve("bin/vigie").toString()));
    command.addAll(List.of(args));
    ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true);
    pb.environment().put("JAVA_HOME", root.resolve("jdk").toString());
    pb.environment().remove("VIGIE_JAVA_OPTS");
    Process p = pb.start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
    assertThat(p.exitValue()).as(out).isZero();
    return out;
  }

  private Path copyOf(String output) {
    Matcher m = CLASSPATH.matcher(output);
    assertThat(m.find()).as(output).isTrue();
    assertThat(m.group(1)).isEqualTo(m.group(2));
    return Path.of(m.group(1));
  }

  private Path write(String name, String content) throws IOException {
    Path file = root.resolve(name);
    Files.createDirectories(file.getParent());
    Files.writeString(file, content);
    return file;
  }
}
