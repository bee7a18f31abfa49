package fr.vigie.engine.refdata.convert;

import fr.vigie.engine.io.Csv;
import fr.vigie.engine.kernel.VigieException;
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
      throw new VigieException(p + ": raw file not found");
    }
    try {
      return Files.readString(p, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new VigieException(p + ": cannot be read as UTF-8 (" + e.getMessage() + ")", e);
    }
  }
}
