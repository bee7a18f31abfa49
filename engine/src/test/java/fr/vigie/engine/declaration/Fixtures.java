package fr.vigie.engine.declaration;

import fr.vigie.engine.declaration.generate.Language;
import fr.vigie.engine.declaration.generate.SampleDeclarations;
import fr.vigie.engine.declaration.generate.TemplateWriter;
import fr.vigie.engine.declaration.read.Layout;
import fr.vigie.engine.declaration.read.Layouts;
import fr.vigie.engine.declaration.read.ReadLimits;
import fr.vigie.engine.declaration.validate.CahraList;
import fr.vigie.engine.declaration.validate.Declarations;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.Workbook;

/** Shared fixtures: the supported versions, a fixed clock, generated workbooks. */
final class Fixtures {
  private Fixtures() {}

  static final LocalDate TODAY = LocalDate.of(2026, 6, 30);
  static final Clock CLOCK = Clock.fixed(TODAY.atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC);
  static final LocalDate EFFECTIVE = LocalDate.of(2026, 4, 25);

  /** One case per supported version, with the language its answers are written in. */
  record Version(Layout layout, String version, Language lang) {
    @Override
    public String toString() {
      return layout.template() + " " + version + " (" + lang + ")";
    }
  }

  /** Every published version, answers and labels in a language other than English for most. */
  static Stream<Version> versions() {
    Language[] langs = {Language.FR, Language.ZH, Language.EN};
    java.util.concurrent.atomic.AtomicInteger i = new java.util.concurrent.atomic.AtomicInteger();
    return Layouts.ALL.stream().map(l -> new Version(l, l.version(), langs[i.getAndIncrement() % langs.length]));
  }

  static Version version(Template t, String version, Language lang) {
    return new Version(Layouts.get(t, version), version, lang);
  }

  static Declarations declarations() {
    return declarations(ReadLimits.DEFAULT);
  }

  static Declarations declarations(ReadLimits limits) {
    return new Declarations(TestCountries.registry(), CahraList.doddFrank(), limits, CLOCK);
  }

  static Declaration clean(Version v, long seed, int smelters) {
    return SampleDeclarations.clean(v.layout(), v.version(), v.lang(), seed, smelters, EFFECTIVE);
  }

  static Path write(Path dir, String name, Version v, Declaration d) {
    Path p = dir.resolve(name);
    new TemplateWriter(v.layout(), v.lang()).write(d, p);
    return p;
  }

  /** Writes the workbook after letting the test alter it (rename a sheet, insert rows...). */
  static Path writeAltered(Path dir, String name, Version v, Declaration d, Consumer<Workbook> change) {
    Path p = dir.resolve(name);
    try (Workbook wb = new TemplateWriter(v.layout(), v.lang()).build(d, name.endsWith(".xls"));
        OutputStream os = Files.newOutputStream(p)) {
      change.accept(wb);
      wb.write(os);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return p;
  }

  static DeclarationResult.Read readOk(Path p) {
    DeclarationResult r = declarations().read(p);
    if (r instanceof DeclarationResult.Read read) {
      return read;
    }
    throw new AssertionError("expected a readable declaration, got " + r.findings());
  }

  static List<String> rules(DeclarationResult r) {
    return r.findings().stream().map(Finding::ruleId).toList();
  }
}
