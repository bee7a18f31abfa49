package fr.vigie.engine.declaration.validate;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import fr.vigie.engine.kernel.FuzzExpectations;
import fr.vigie.engine.country.Countries;
import fr.vigie.engine.country.Country;
import fr.vigie.engine.declaration.generate.Language;
import fr.vigie.engine.declaration.generate.SampleDeclarations;
import fr.vigie.engine.declaration.generate.TemplateWriter;
import fr.vigie.engine.declaration.read.CountryResolver;
import fr.vigie.engine.declaration.read.DeclarationReader;
import fr.vigie.engine.declaration.Template;
import fr.vigie.engine.declaration.read.Layouts;
import fr.vigie.engine.declaration.read.ReadLimits;
import fr.vigie.engine.declaration.read.ReadOutcome;
import fr.vigie.engine.kernel.Names;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * Fuzz test of the declaration reader and validator (the parts {@link Declarations#read} calls,
 * without its catch-all, so that a bug in the engine shows). The input alters one part of a
 * well-formed CMRT 6.5 workbook written by the engine's template writer: it replaces the part,
 * or inserts fuzzed text at a fuzzed place in it. Replays {@code DeclarationFuzzTestsInputs/} in a
 * normal test run; {@code JAZZER_FUZZ=1} fuzzes (docs/fuzzing.md).
 */
class DeclarationFuzzTests {

  private static final LocalDate TODAY = LocalDate.of(2026, 6, 30);
  private static final List<Map.Entry<String, byte[]>> PARTS = parts();
  private static final DeclarationReader READER =
      new DeclarationReader(new CountryResolver(countries()), ReadLimits.DEFAULT);
  private static final DeclarationValidator VALIDATOR = new DeclarationValidator(CahraList.doddFrank(),
      Clock.fixed(TODAY.atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC));

  @FuzzTest(maxDuration = "10m")
  void readsAnyAlteredWorkbook(FuzzedDataProvider data) throws IOException {
    int altered = data.consumeInt(0, PARTS.size() - 1);
    boolean replace = data.consumeBoolean();
    int at = data.consumeInt(0, Integer.MAX_VALUE);
    byte[] fuzz = data.consumeRemainingAsBytes();
    Path file = Files.createTempFile("fuzz-declaration-", ".xlsx");
    try {
      try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
        for (int i = 0; i < PARTS.size(); i++) {
          byte[] content = PARTS.get(i).getValue();
          if (i == altered) {
            content = replace ? fuzz : insert(content, at % (content.length + 1), fuzz);
          }
          zip.putNextEntry(new ZipEntry(PARTS.get(i).getKey()));
          zip.write(content);
          zip.closeEntry();
        }
      }
      ReadOutcome read = READER.read(file);
      VALIDATOR.validate(read.declaration(), read.layout());
    } catch (RuntimeException e) {
      FuzzExpectations.check(e);
    } finally {
      Files.deleteIfExists(file);
    }
  }

  /** The sample declarations' countries (no reference data files needed). */
  private static Countries countries() {
    List<Country> list = SampleDeclarations.COUNTRIES.stream()
        .map(c -> new Country(c.alpha2(), c.alpha3(), c.numeric(), Names.of("en", c.en(), "fr", c.fr()), "", "",
            c.alpha3().equals("DEU")))
        .toList();
    return new Countries(list, Map.of());
  }

  private static byte[] insert(byte[] content, int at, byte[] fuzz) {
    byte[] out = new byte[content.length + fuzz.length];
    System.arraycopy(content, 0, out, 0, at);
    System.arraycopy(fuzz, 0, out, at, fuzz.length);
    System.arraycopy(content, at, out, at + fuzz.length, content.length - at);
    return out;
  }

  /** The parts of a clean CMRT 6.5 declaration with a few smelters, in package order. */
  private static List<Map.Entry<String, byte[]>> parts() {
    try {
      Path dir = Files.createTempDirectory("fuzz-declaration-seed-");
      Path seed = dir.resolve("seed.xlsx");
      new TemplateWriter(Layouts.get(Template.CMRT, "6.5"), Language.FR).write(SampleDeclarations.clean(Layouts.get(Template.CMRT, "6.5"), "6.5",
          Language.FR, 1, 3, TODAY.minusDays(66)), seed);
      List<Map.Entry<String, byte[]>> parts = new ArrayList<>();
      try (ZipInputStream zip = new ZipInputStream(Files.newInputStream(seed))) {
        for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
          ByteArrayOutputStream out = new ByteArrayOutputStream();
          zip.transferTo(out);
          parts.add(Map.entry(e.getName(), out.toByteArray()));
        }
      }
      Files.delete(seed);
      Files.delete(dir);
      return List.copyOf(parts);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
