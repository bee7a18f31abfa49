package fr.vigie.engine.declaration.consolidate;

import fr.vigie.engine.declaration.read.CountryResolver;
import fr.vigie.engine.declaration.read.ReadLimits;
import fr.vigie.engine.declaration.read.SheetRows;
import fr.vigie.engine.declaration.read.UnreadableFileException;
import fr.vigie.engine.declaration.read.Values;
import fr.vigie.engine.io.Csv;
import fr.vigie.engine.kernel.FileReason;
import fr.vigie.engine.kernel.Problem;
import fr.vigie.engine.kernel.ProblemException;
import fr.vigie.engine.mineral.MineralId;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The smelter/refiner list the user downloads from the RMI and loads (CSV or Excel): smelter id,
 * name, metal, country and RMAP status. Vigie ships none: the RMI's list may not be redistributed.
 * Immutable once loaded.
 *
 * <p>Columns are found by their heading, in any order, among the spellings of the RMI's exports
 * and Vigie's own ({@link #HEADINGS}); rows above the heading row (titles, dates) are skipped.
 * The status column is optional (a list without it gives {@link SmelterStatus#LISTED}). A row with
 * a malformed id, an unknown metal or country, an empty name or an unknown status is refused with
 * its line and column; all refused rows are reported at once.
 */
public final class SmelterReference {
  /** Accepted headings per field (compared lower case, punctuation as spaces). */
  public static final Map<String, List<String>> HEADINGS = headings();

  private static Map<String, List<String>> headings() {
    Map<String, List<String>> h = new LinkedHashMap<>();
    h.put("smelter_id", List.of("smelter id", "facility id", "smelter identification", "smelter identification number",
        "cid", "rmi id", "smelter reference id"));
    h.put("name", List.of("name", "standard smelter name", "smelter name", "facility name", "standard facility name",
        "smelter reference"));
    h.put("metal", List.of("metal", "mineral", "metal mineral"));
    h.put("country", List.of("country", "country location", "smelter country", "facility country", "location",
        "smelter facility location country", "facility location country"));
    h.put("status", List.of("status", "rmap status", "audit status", "assessment status", "rmap audit status",
        "conformance status", "rmap conformance status"));
    return java.util.Collections.unmodifiableMap(h);
  }

  private static final int MAX_PROBLEMS = 50;
  private static final int HEADER_SEARCH_ROWS = 15;

  private final Map<String, ReferenceSmelter> byId;
  private final Map<String, ReferenceSmelter> byName;
  private final String source;

  private SmelterReference(List<ReferenceSmelter> smelters, String source) {
    this.source = source;
    Map<String, ReferenceSmelter> ids = new LinkedHashMap<>();
    Map<String, ReferenceSmelter> names = new HashMap<>();
    for (ReferenceSmelter s : smelters) {
      ids.putIfAbsent(s.smelterId(), s);
      names.putIfAbsent(nameKey(s.metal(), s.name()), s);
    }
    this.byId = java.util.Collections.unmodifiableMap(ids);
    this.byName = java.util.Collections.unmodifiableMap(names);
  }

  /** A list built from smelters already read (tests, the app's stored copy). */
  public static SmelterReference of(List<ReferenceSmelter> smelters, String source) {
    return new SmelterReference(smelters, source);
  }

  static String nameKey(MineralId metal, String name) {
    return metal.value() + "|" + SmelterNames.normalise(name);
  }

  /** Where the list was loaded from (file name). */
  public String source() {
    return source;
  }

  public Optional<ReferenceSmelter> byId(String smelterId) {
    return Optional.ofNullable(byId.get(smelterId));
  }

  /** The listed smelter of this metal whose normalised standard name equals the given one's. */
  public Optional<ReferenceSmelter> byName(MineralId metal, String name) {
    return Optional.ofNullable(byName.get(nameKey(metal, name)));
  }

  public List<ReferenceSmelter> all() {
    return List.copyOf(byId.values());
  }

  public int size() {
    return byId.size();
  }

  /** The same smelters as a known-smelter list for the consolidation (merging rows by id or name). */
  public KnownSmelters asKnownSmelters() {
    KnownSmelters k = KnownSmelters.empty();
    for (ReferenceSmelter s : byId.values()) {
      k.add(new KnownSmelter(s.smelterId(), s.metal(), s.name(), s.country()));
    }
    return k;
  }

  /**
   * Loads a CSV (UTF-8) or Excel ({@code .xlsx}, {@code .xls}) list; refusals are {@link
   * ProblemException}s naming the file, the line and the column.
   */
  public static SmelterReference load(Path file, CountryResolver countries) {
    String source = file.getFileName() == null ? file.toString() : file.getFileName().toString();
    List<Line> lines = isWorkbook(file) ? workbookLines(file, source) : csvLines(file, source);
    return parse(lines, source, countries);
  }

  /** One row of the file: its 1-based line and its cells. */
  private record Line(int line, List<String> cells) {}

  private static boolean isWorkbook(Path file) {
    try (InputStream in = Files.newInputStream(file)) {
      byte[] head = in.readNBytes(4);
      return head.length == 4 && ((head[0] == 'P' && head[1] == 'K') || (head[0] == (byte) 0xD0 && head[1] == (byte) 0xCF));
    } catch (IOException e) {
      throw unreadable(source(file), file, e);
    }
  }

  private static String source(Path file) {
    return file.getFileName() == null ? file.toString() : file.getFileName().toString();
  }

  private static ProblemException unreadable(String source, Path file, IOException e) {
    return new ProblemException(Problem.error("declaration.smelters_unreadable", FileReason.of(file, e))
        .at(source, null), e);
  }

  private static ProblemException unreadable(String source, UnreadableFileException e) {
    return new ProblemException(Problem.error("declaration.smelters_unreadable", e.text()).at(source, null), e);
  }

  private static List<Line> workbookLines(Path file, String source) {
    try {
      List<List<String>> rows = SheetRows.firstSheet(file, ReadLimits.DEFAULT.withMaxRows(200_000), 40);
      List<Line> out = new ArrayList<>();
      for (int i = 0; i < rows.size(); i++) {
        out.add(new Line(i + 1, rows.get(i)));
      }
      return out;
    } catch (UnreadableFileException e) {
      throw unreadable(source, e);
    }
  }

  private static List<Line> csvLines(Path file, String source) {
    String text;
    try {
      text = Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw unreadable(source, file, e);
    }
    if (text.startsWith("\uFEFF")) {
      text = text.substring(1);
    }
    List<String> raw = text.lines().toList();
    int header = 0;
    for (int i = 0; i < Math.min(raw.size(), HEADER_SEARCH_ROWS); i++) {
      if (headerColumns(splitHeader(raw.get(i))).containsKey("smelter_id")) {
        header = i;
        break;
      }
    }
    String body = String.join("\n", raw.subList(header, raw.size()));
    Csv.Table t = Csv.parse(source, body);
    List<Line> out = new ArrayList<>();
    out.add(new Line(header + 1, t.header()));
    for (Csv.Row r : t.rows()) {
      List<String> cells = new ArrayList<>();
      for (String h : t.header()) {
        cells.add(r.get(h));
      }
      out.add(new Line(header + r.line(), cells));
    }
    return out;
  }

  private static List<String> splitHeader(String line) {
    return List.of(line.split("[,;\\t]"));
  }

  private static String headingKey(String h) {
    return h.strip().toLowerCase(Locale.ROOT).replace('_', ' ').replace('/', ' ').replaceAll("[^a-z ]", " ")
        .replaceAll("\\s+", " ").strip();
  }

  /** Field to column index, for the headings recognised in this row. */
  private static Map<String, Integer> headerColumns(List<String> cells) {
    Map<String, Integer> columns = new HashMap<>();
    for (int c = 0; c < cells.size(); c++) {
      String k = headingKey(cells.get(c).replace("\"", ""));
      for (Map.Entry<String, List<String>> e : HEADINGS.entrySet()) {
        if (e.getValue().contains(k)) {
          columns.putIfAbsent(e.getKey(), c);
        }
      }
    }
    return columns;
  }

  private static SmelterReference parse(List<Line> lines, String source, CountryResolver countries) {
    int headerIndex = -1;
    Map<String, Integer> columns = Map.of();
    for (int i = 0; i < Math.min(lines.size(), HEADER_SEARCH_ROWS); i++) {
      Map<String, Integer> found = headerColumns(lines.get(i).cells());
      if (found.containsKey("smelter_id")) {
        headerIndex = i;
        columns = found;
        break;
      }
    }
    if (headerIndex < 0) {
      throw new ProblemException(Problem.error("csv.missing_column", "smelter_id",
          lines.isEmpty() ? "" : String.join(", ", lines.get(0).cells())).at(source, lines.isEmpty() ? 1 : lines.get(0).line()));
    }
    Line header = lines.get(headerIndex);
    for (String f : List.of("name", "metal", "country")) {
      if (!columns.containsKey(f)) {
        throw new ProblemException(Problem.error("csv.missing_column", f, String.join(", ", header.cells()))
            .at(source, header.line()));
      }
    }
    List<ReferenceSmelter> out = new ArrayList<>();
    List<Problem> problems = new ArrayList<>();
    for (Line l : lines.subList(headerIndex + 1, lines.size())) {
      if (l.cells().stream().allMatch(String::isBlank)) {
        continue;
      }
      Row r = new Row(l, header, source, problems);
      String idText = r.get(columns, "smelter_id");
      Optional<String> id = Values.smelterId(idText);
      if (id.isEmpty()) {
        r.refuse(columns, "smelter_id", "declaration.bad_smelter_id", idText);
      }
      String metalText = r.get(columns, "metal");
      Optional<MineralId> metal = Values.metal(metalText);
      if (metal.isEmpty()) {
        r.refuse(columns, "metal", "declaration.unknown_metal", metalText);
      }
      String name = Csv.fromSpreadsheetSafe(r.get(columns, "name"));
      if (name.isBlank()) {
        r.refuse(columns, "name", "declaration.empty_smelter_name");
      }
      String countryText = r.get(columns, "country");
      Optional<String> country = countries.alpha3(countryText);
      if (country.isEmpty()) {
        r.refuse(columns, "country", "csv.unknown_country", countryText);
      }
      Optional<AuditStatus> status = Optional.empty();
      if (columns.containsKey("status")) {
        String statusText = r.get(columns, "status");
        status = AuditStatus.parse(statusText);
        if (status.isEmpty() && !statusText.isBlank()) {
          r.refuse(columns, "status", "declaration.unknown_audit_status", statusText);
        }
      }
      if (!r.refused && id.isPresent() && metal.isPresent() && country.isPresent()) {
        out.add(new ReferenceSmelter(id.get(), metal.get(), name, country.get(), status));
      }
      if (problems.size() >= MAX_PROBLEMS) {
        break;
      }
    }
    if (!problems.isEmpty()) {
      throw new ProblemException(problems);
    }
    return new SmelterReference(out, source);
  }

  /** A data row being checked; collects its refusals with line and column heading. */
  private static final class Row {
    private final Line line;
    private final Line header;
    private final String source;
    private final List<Problem> problems;
    private boolean refused;

    Row(Line line, Line header, String source, List<Problem> problems) {
      this.line = line;
      this.header = header;
      this.source = source;
      this.problems = problems;
    }

    String get(Map<String, Integer> columns, String field) {
      int c = columns.get(field);
      return c < line.cells().size() ? line.cells().get(c).strip() : "";
    }

    void refuse(Map<String, Integer> columns, String field, String code, Object... args) {
      refused = true;
      problems.add(Problem.error(code, args).at(source, line.line()).atPath(header.cells().get(columns.get(field))));
    }
  }
}
