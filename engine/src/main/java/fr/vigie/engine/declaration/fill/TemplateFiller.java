package fr.vigie.engine.declaration.fill;

import fr.vigie.engine.kernel.FileReason;
import fr.vigie.engine.country.Countries;
import fr.vigie.engine.declaration.Declaration;
import fr.vigie.engine.declaration.MineralAnswers;
import fr.vigie.engine.declaration.Question;
import fr.vigie.engine.declaration.Reply;
import fr.vigie.engine.declaration.consolidate.ConsolidatedSmelter;
import fr.vigie.engine.declaration.consolidate.Consolidation;
import fr.vigie.engine.declaration.generate.Language;
import fr.vigie.engine.declaration.read.CountryResolver;
import fr.vigie.engine.declaration.read.DeclarationReader;
import fr.vigie.engine.declaration.read.Field;
import fr.vigie.engine.declaration.read.Layout;
import fr.vigie.engine.declaration.read.ReadLimits;
import fr.vigie.engine.declaration.read.ReadOutcome;
import fr.vigie.engine.declaration.read.UnreadableFileException;
import fr.vigie.engine.io.Xlsx;
import fr.vigie.engine.kernel.Messages;
import fr.vigie.engine.kernel.Problem;
import fr.vigie.engine.kernel.ProblemException;
import fr.vigie.engine.mineral.MineralId;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalInt;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.apache.poi.ss.util.CellReference;

/**
 * Fills the company's own copy of a blank RMI template with its declaration: company block,
 * per-mineral answers aggregated from its suppliers ({@link SupplierAnswers}) and the consolidated
 * smelter list. The template and version are read from the blank itself (it must be an unmodified
 * template of a published version); only input cells are written, everything else in the file is
 * copied as it is, and Excel is asked to recalculate the formulas on opening. The company-level
 * questions (policy, due diligence) are left for the company to answer.
 */
public final class TemplateFiller {
  /** The company block of the own declaration. */
  public record OwnCompany(String name, String contactName, String contactEmail, String contactPhone,
      String authorizerName, String authorizerEmail, LocalDate effectiveDate) {
    public OwnCompany {
      Objects.requireNonNull(name);
      Objects.requireNonNull(contactName);
      Objects.requireNonNull(contactEmail);
      Objects.requireNonNull(contactPhone);
      Objects.requireNonNull(authorizerName);
      Objects.requireNonNull(authorizerEmail);
      Objects.requireNonNull(effectiveDate);
    }
  }

  /** What was written: the template version, the minerals answered, the smelter rows. */
  public record Filled(String template, List<MineralId> minerals, int smelterRows) {}

  private static final LocalDate EXCEL_EPOCH = LocalDate.of(1899, 12, 30);

  private final CountryResolver countries;

  public TemplateFiller(Countries countries) {
    this.countries = new CountryResolver(countries);
  }

  /** Writes {@code out} from the blank {@code blank}; {@code asked} is the number of suppliers surveyed. */
  public Filled fill(Path blank, Path out, OwnCompany company, SupplierAnswers answers, Consolidation smelters,
      OptionalInt asked) {
    String source = blank.getFileName() == null ? blank.toString() : blank.getFileName().toString();
    ReadOutcome read;
    try {
      read = new DeclarationReader(countries, ReadLimits.DEFAULT).read(blank);
    } catch (UnreadableFileException e) {
      throw new ProblemException(Problem.error("declaration.blank_unreadable", e.text())
          .at(source, null), e);
    }
    Layout layout = read.layout();
    Declaration d = read.declaration();
    Map<String, SheetXml.Value> decl = new LinkedHashMap<>();
    Map<Field, String> f = layout.fields();
    decl.put(f.get(Field.COMPANY_NAME), SheetXml.Value.text(company.name()));
    decl.put(f.get(Field.SCOPE), SheetXml.Value.text("A. Company"));
    decl.put(f.get(Field.CONTACT_NAME), SheetXml.Value.text(company.contactName()));
    decl.put(f.get(Field.CONTACT_EMAIL), SheetXml.Value.text(company.contactEmail()));
    decl.put(f.get(Field.CONTACT_PHONE), SheetXml.Value.text(company.contactPhone()));
    decl.put(f.get(Field.AUTHORIZER_NAME), SheetXml.Value.text(company.authorizerName()));
    decl.put(f.get(Field.AUTHORIZER_EMAIL), SheetXml.Value.text(company.authorizerEmail()));
    decl.put(f.get(Field.EFFECTIVE_DATE),
        SheetXml.Value.number(ChronoUnit.DAYS.between(EXCEL_EPOCH, company.effectiveDate())));

    List<MineralId> minerals = new ArrayList<>();
    if (layout.slotted() && d.minerals().isEmpty()) {
      // a blank with no mineral chosen (AMRT): choose those the suppliers declared, A to Z, in the scope cells
      List<MineralId> chosen = answers.minerals().stream().sorted(Comparator.comparing(DeclarationReader::englishName))
          .limit(layout.scopeCells().size()).toList();
      for (int i = 0; i < chosen.size(); i++) {
        decl.put(layout.scopeCells().get(i), SheetXml.Value.text(Language.EN.metal(chosen.get(i))));
        for (Layout.QuestionBlock b : layout.questions()) {
          putAnswer(decl, b.question(), b.rows().get(i).answerCell(), answers, chosen.get(i), asked);
        }
      }
      minerals.addAll(chosen);
    } else {
      for (MineralAnswers m : d.minerals()) {
        for (Map.Entry<Question, Reply> e : m.replies().entrySet()) {
          putAnswer(decl, e.getKey(), e.getValue().cell(), answers, m.mineral(), asked);
        }
        minerals.add(m.mineral());
      }
    }

    Map<String, SheetXml.Value> list = new HashMap<>();
    Layout.SmelterColumns sc = layout.smelterColumns();
    int row = Layout.LIST_FIRST_ROW;
    for (ConsolidatedSmelter s : smelters.smelters()) {
      if (!minerals.contains(s.metal())) {
        continue;
      }
      String country = s.country().flatMap(c -> countries.countries().find(c)).map(c -> c.names().english()).orElse("");
      put(list, row, sc.idInput(), s.smelterId().orElse(""));
      put(list, row, sc.metal(), Language.EN.metal(s.metal()));
      put(list, row, sc.lookup(), s.smelterId().isPresent() ? s.name() : "Smelter not listed");
      put(list, row, sc.name(), s.name());
      put(list, row, sc.country(), country);
      put(list, row, sc.smelterId(), s.smelterId().orElse(""));
      put(list, row, sc.comments(), String.join("; ", s.suppliers()));
      row++;
    }
    write(blank, out, source, Map.of(Layout.DECLARATION, decl, Layout.SMELTER_LIST, list));
    return new Filled(layout.name(), List.copyOf(minerals), row - Layout.LIST_FIRST_ROW);
  }

  private static void putAnswer(Map<String, SheetXml.Value> cells, Question q, String cell, SupplierAnswers answers,
      MineralId mineral, OptionalInt asked) {
    String text = answers.englishAnswers(mineral, asked).get(q);
    if (text != null) {
      cells.put(cell, SheetXml.Value.text(text));
    }
  }

  private static void put(Map<String, SheetXml.Value> cells, int row, int col, String text) {
    if (col >= 0 && !text.isEmpty()) {
      cells.put(CellReference.convertNumToColString(col) + row, SheetXml.Value.text(text));
    }
  }

  /** Copies the blank's zip, rewriting the two sheets and asking for a recalculation on opening. */
  private static void write(Path blank, Path out, String source, Map<String, Map<String, SheetXml.Value>> bySheet) {
    Map<String, Map<String, SheetXml.Value>> byPart = new HashMap<>();
    String workbookPart;
    try (Xlsx.Workbook wb = Xlsx.open(blank, source)) {
      for (Xlsx.SheetRef s : wb.sheets()) {
        Map<String, SheetXml.Value> cells = bySheet.get(s.name());
        if (cells != null) {
          wb.partName(s).ifPresent(p -> byPart.put(p, cells));
        }
      }
      workbookPart = wb.workbookPartName();
    }
    Path tmp = out.resolveSibling(out.getFileName() + ".partial");
    try (ZipFile zip = new ZipFile(blank.toFile()); OutputStream os = Files.newOutputStream(tmp);
        ZipOutputStream z = new ZipOutputStream(os)) {
      for (ZipEntry e : java.util.Collections.list(zip.entries())) {
        z.putNextEntry(new ZipEntry(e.getName()));
        Map<String, SheetXml.Value> cells = byPart.get(e.getName());
        if (cells != null || e.getName().equals(workbookPart)) {
          String xml = read(zip, e);
          xml = cells != null ? SheetXml.set(xml, cells) : xml.replaceFirst("<calcPr\\b", "<calcPr fullCalcOnLoad=\"1\"");
          z.write(xml.getBytes(StandardCharsets.UTF_8));
        } else {
          try (InputStream in = zip.getInputStream(e)) {
            in.transferTo(z);
          }
        }
        z.closeEntry();
      }
    } catch (IOException e) {
      throw new ProblemException(Problem.error("declaration.export_unwritable", FileReason.of(out, e))
          .at(out.toString(), null), e);
    }
    try {
      Files.move(tmp, out, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException e) {
      throw new ProblemException(Problem.error("declaration.export_unwritable", FileReason.of(out, e))
          .at(out.toString(), null), e);
    }
  }

  /**
   * A part's text, bounded like the parts the declaration reader reads (the same sheets were read
   * through its counted streams first, so a larger part cannot reach this point).
   */
  private static String read(ZipFile zip, ZipEntry e) throws IOException {
    long limit = ReadLimits.DEFAULT.maxEntryBytes();
    try (InputStream in = zip.getInputStream(e)) {
      byte[] bytes = in.readNBytes((int) limit);
      if (in.read() >= 0) {
        throw new ProblemException(Problem.error("xlsx.part_too_large", e.getName(),
            String.format(java.util.Locale.ROOT, "%.1f", limit / 1048576.0)));
      }
      return new String(bytes, StandardCharsets.UTF_8);
    }
  }
}
