package fr.vigie.engine.refdata;

import fr.vigie.engine.kernel.FileReason;
import fr.vigie.engine.kernel.ProblemException;
import fr.vigie.engine.kernel.Problem;
import fr.vigie.engine.io.Csv;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Where the curated files are read from: the engine's classpath or a directory. */
sealed interface RefSource {

  /** Reads and parses one curated CSV file; a missing file is an error naming it. */
  default Csv.Table table(String name) {
    return Csv.parse(display(name), text(name));
  }

  String text(String name);

  String display(String name);

  /** The files bundled in the engine jar, under {@link ReferenceData#RESOURCE_DIR}. */
  record Classpath() implements RefSource {
    @Override
    public String text(String name) {
      try (InputStream in = ReferenceData.class.getResourceAsStream(ReferenceData.RESOURCE_DIR + name)) {
        if (in == null) {
          throw new ProblemException(Problem.error("refdata.missing_resource").at(display(name), null));
        }
        return new String(in.readAllBytes(), StandardCharsets.UTF_8);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    @Override
    public String display(String name) {
      return name;
    }
  }

  /** Files in a directory (tests, or a user-corrected copy). */
  record Directory(Path dir) implements RefSource {
    @Override
    public String text(String name) {
      Path p = dir.resolve(name);
      if (!Files.isRegularFile(p)) {
        throw new ProblemException(Problem.error("io.file_not_found").at(display(name), null));
      }
      try {
        return Files.readString(p, StandardCharsets.UTF_8);
      } catch (IOException e) {
        throw new ProblemException(Problem.error("io.unreadable", FileReason.of(p, e)).at(display(name), null), e);
      }
    }

    @Override
    public String display(String name) {
      return dir.resolve(name).toString();
    }
  }
}
