package fr.vigie.engine.refdata.convert;

import fr.vigie.engine.kernel.FileReason;
import fr.vigie.engine.kernel.ProblemException;
import fr.vigie.engine.kernel.Problem;
import fr.vigie.engine.io.Csv;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** The raw data folder (the layout of {@code shared/data}: countries/, production/, indicators/). */
record RawFiles(Path dir) {

  Csv.Table table(String relative) {
    return Csv.parse(relative, text(relative));
  }

  String text(String relative) {
    Path p = dir.resolve(relative);
    if (!Files.isRegularFile(p)) {
      throw new ProblemException(Problem.error("refdata.raw_file_not_found").at(p.toString(), null));
    }
    try {
      return Files.readString(p, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new ProblemException(Problem.error("refdata.raw_unreadable", FileReason.of(p, e)).at(p.toString(), null), e);
    }
  }
}
