package fr.vigie.engine.ledger;

import fr.vigie.engine.kernel.Problem;
import fr.vigie.engine.kernel.ProblemException;
import fr.vigie.engine.country.Country;
import fr.vigie.engine.mineral.MineralId;
import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Validates ledger records and aggregates the valid ones on the fly, per filiere, into primitive
 * arrays indexed by small ints (mineral, country, supplier, smelter). Cell texts are looked up by
 * their bytes in {@link ByteKeyTable}s, so a line costs no allocation once its values have been
 * seen. A line enters the aggregation only when all its cells are valid. Both readers (CSV and XLSX)
 * feed it records as byte slices.
 */
final class LedgerRows {
  /** Field flags set by the readers. */
  static final int QUOTED = 1;

  static final int ESCAPED_QUOTES = 2;

  static final int MALFORMED_QUOTE = 4;

  private static final int UNKNOWN = -1;
  private static final Pattern CID = Pattern.compile("CID[ _-]?0*(\\d{1,6})");
  private static final int MAX_SHOWN = 60;

  private final LedgerReferences references;
  private final LedgerOptions options;
  private final String source;
  private final Charset charset;
  private boolean decimalComma;

  // header binding
  private boolean headerBound;
  private int headerFields;
  private final int[] column = new int[LedgerField.values().length];
  private final Map<LedgerField, String> columns = new EnumMap<>(LedgerField.class);
  private final List<String> ignoredColumns = new ArrayList<>();

  // look-up tables: bytes of a cell -> dense index, or UNKNOWN
  private final ByteKeyTable materialTable = new ByteKeyTable();
  private final ByteKeyTable countryTable = new ByteKeyTable();
  private final ByteKeyTable supplierTable = new ByteKeyTable();
  private final ByteKeyTable smelterTable = new ByteKeyTable();
  private final Map<MineralId, Integer> mineralIndex = new HashMap<>();
  private final List<MineralId> minerals = new ArrayList<>();
  private final Map<Country, Integer> countryIndex = new HashMap<>();
  private final List<Country> countries = new ArrayList<>();
  private final Map<String, Integer> smelterIndex = new HashMap<>();

  // aggregation per mineral (numbered by mineralIndex)
  private final MineralTotals totals = new MineralTotals();
  private int firstYear = Integer.MAX_VALUE;
  private int lastYear = Integer.MIN_VALUE;

  // counters and errors
  private long dataLines;
  private long acceptedLines;
  private long invalidLines;
  private long errorCount;
  private final List<LineError> errors = new ArrayList<>();

  // the current cell, trimmed and unescaped
  private byte[] cellBuf;
  private int cellOff;
  private int cellEnd;
  private byte[] scratch = new byte[256];

  LedgerRows(LedgerReferences references, LedgerOptions options, String source, Charset charset) {
    this.references = references;
    this.options = options;
    this.source = source;
    this.charset = charset;
  }

  /** Whether ',' is a decimal separator (files separated by ';' or tab, and XLSX). */
  void decimalComma(boolean value) {
    this.decimalComma = value;
  }

  boolean headerBound() {
    return headerBound;
  }

  /** Number of columns of the header (0 before it is bound). */
  int headerFields() {
    return headerFields;
  }

  /** Binds the header; refuses duplicated headers and missing required columns. */
  void header(List<String> names, long line) {
    Arrays.fill(column, -1);
    Map<String, Integer> seen = new HashMap<>();
    Map<String, LedgerField> mapped = new HashMap<>();
    options.mapping().forEach((f, h) -> mapped.put(LedgerField.key(h), f));
    for (int i = 0; i < names.size(); i++) {
      String name = names.get(i).strip();
      if (name.isEmpty()) {
        ignoredColumns.add("(column " + (i + 1) + ", no header)");
        continue;
      }
      String k = LedgerField.key(name);
      Integer previous = seen.put(k, i);
      if (previous != null) {
        throw headerProblem(line, "ledger.duplicate_header", name, Integer.toString(previous + 1),
            Integer.toString(i + 1));
      }
      LedgerField f = mapped.containsKey(k) ? mapped.get(k) : LedgerField.ofHeader(name).orElse(null);
      if (f == null || (!mapped.containsKey(k) && options.mapping().containsKey(f))) {
        ignoredColumns.add(name);
        continue;
      }
      if (column[f.ordinal()] >= 0) {
        throw headerProblem(line, "ledger.same_field", columns.get(f), name, f.id());
      }
      column[f.ordinal()] = i;
      columns.put(f, name);
    }
    for (Map.Entry<LedgerField, String> e : options.mapping().entrySet()) {
      if (column[e.getKey().ordinal()] < 0) {
        throw headerProblem(line, "ledger.mapping_missing", e.getValue(), e.getKey().id(), String.join(", ", names));
      }
    }
    List<String> missing = new ArrayList<>();
    for (LedgerField f : LedgerField.values()) {
      if (f.required() && column[f.ordinal()] < 0) {
        missing.add(f.id() + " (fr: " + f.frenchHeader() + ")");
      }
    }
    if (!missing.isEmpty()) {
      throw headerProblem(line, missing.size() > 1 ? "ledger.missing_columns" : "ledger.missing_column",
          String.join(", ", missing), String.join(", ", names));
    }
    headerFields = names.size();
    headerBound = true;
  }

  /**
   * One data record: cells are {@code buf[start[i]..end[i])}, quotes removed, {@code flags[i]} as
   * set by the reader.
   */
  void record(byte[] buf, int[] start, int[] end, int[] flags, int n, long line) {
    if (blank(buf, start, end, n)) {
      return;
    }
    dataLines++;
    long errorsBefore = errorCount;
    if (n != headerFields) {
      error(line, "", n == 1 ? "ledger.field_count_one" : "ledger.field_count", Integer.toString(headerFields),
          Integer.toString(n));
    } else {
      for (int i = 0; i < n; i++) {
        if ((flags[i] & MALFORMED_QUOTE) != 0) {
          error(line, "", "ledger.malformed_quote", Integer.toString(i + 1));
        }
      }
    }
    if (errorCount > errorsBefore) {
      invalidLines++;
      return;
    }
    // item: required, not kept
    if (!cell(LedgerField.ITEM, buf, start, end, flags)) {
      error(line, "item", "ledger.empty_cell");
    }
    int m = UNKNOWN;
    if (!cell(LedgerField.MATERIAL, buf, start, end, flags)) {
      error(line, "material", "ledger.empty_cell");
    } else {
      m = lookupMaterial();
      if (m == UNKNOWN) {
        error(line, "material", "ledger.unknown_mineral", shown());
      }
    }
    double kg = Double.NaN;
    if (!cell(LedgerField.MASS_KG, buf, start, end, flags)) {
      error(line, "mass_kg", "ledger.empty_cell");
    } else {
      kg = number();
      if (Double.isNaN(kg)) {
        error(line, "mass_kg", "ledger.bad_number", shown());
      } else if (kg < 0) {
        error(line, "mass_kg", "ledger.negative_mass", shown());
      }
    }
    double eur = 0;
    boolean hasSpend = cell(LedgerField.SPEND_EUR, buf, start, end, flags);
    if (hasSpend) {
      eur = number();
      if (Double.isNaN(eur)) {
        error(line, "spend_eur", "ledger.bad_number", shown());
      } else if (eur < 0) {
        error(line, "spend_eur", "ledger.negative_spend", shown());
      }
    }
    int supplier = cell(LedgerField.SUPPLIER, buf, start, end, flags) ? lookupSupplier() : UNKNOWN;
    int supplierCountry = country(LedgerField.SUPPLIER_COUNTRY, buf, start, end, flags, line);
    int origin = country(LedgerField.ORIGIN_COUNTRY, buf, start, end, flags, line);
    int refiner = country(LedgerField.REFINER_COUNTRY, buf, start, end, flags, line);
    int smelter = UNKNOWN;
    if (cell(LedgerField.SMELTER_ID, buf, start, end, flags)) {
      smelter = lookupSmelter();
      if (smelter == UNKNOWN) {
        error(line, "smelter_id", "ledger.bad_smelter_id", shown());
      }
    }
    double share = 0;
    if (cell(LedgerField.RECYCLED_SHARE, buf, start, end, flags)) {
      share = number();
      if (Double.isNaN(share)) {
        error(line, "recycled_share", "ledger.bad_number", shown());
      } else if (share < 0 || share > 1) {
        error(line, "recycled_share", "ledger.share_range", shown());
      }
    }
    int recycling = country(LedgerField.RECYCLING_COUNTRY, buf, start, end, flags, line);
    int year = 0;
    if (cell(LedgerField.YEAR, buf, start, end, flags)) {
      double y = number();
      if (Double.isNaN(y) || y != Math.rint(y) || y < 1900 || y > 2100) {
        error(line, "year", "ledger.bad_year", shown());
      } else {
        year = (int) y;
      }
    }
    if (errorCount > errorsBefore) {
      invalidLines++;
      return;
    }
    acceptedLines++;
    // the recycled part is recovered in the recycling country, else the refiner's, else the supplier's
    int recovery = recycling >= 0 ? recycling : refiner >= 0 ? refiner : supplierCountry;
    add(m, kg, eur, supplier, origin, refiner, smelter, share, year, recovery);
  }

  private void add(
      int m, double kg, double eur, int supplier, int origin, int refiner, int smelter, double share,
      int year, int recovery) {
    totals.addLine(m, kg, eur, share, origin, refiner, smelter, supplier, recovery);
    if (year != 0) {
      firstYear = Math.min(firstYear, year);
      lastYear = Math.max(lastYear, year);
    }
  }

  private int country(
      LedgerField f, byte[] buf, int[] start, int[] end, int[] flags, long line) {
    if (!cell(f, buf, start, end, flags)) {
      return UNKNOWN;
    }
    int c = countryTable.get(cellBuf, cellOff, cellEnd - cellOff);
    if (c == ByteKeyTable.ABSENT) {
      Optional<Country> found = references.countries().find(text());
      c = found.map(this::countryIndexOf).orElse(UNKNOWN);
      countryTable.put(cellBuf, cellOff, cellEnd - cellOff, c);
    }
    if (c == UNKNOWN) {
      error(line, f.id(), "ledger.unknown_country", shown());
    }
    return c;
  }

  private int lookupMaterial() {
    int m = materialTable.get(cellBuf, cellOff, cellEnd - cellOff);
    if (m == ByteKeyTable.ABSENT) {
      m = references.materials().find(text()).map(this::mineralIndexOf).orElse(UNKNOWN);
      materialTable.put(cellBuf, cellOff, cellEnd - cellOff, m);
    }
    return m;
  }

  private int countryIndexOf(Country country) {
    return countryIndex.computeIfAbsent(country, x -> {
      countries.add(x);
      return countries.size() - 1;
    });
  }

  private int mineralIndexOf(MineralId id) {
    return mineralIndex.computeIfAbsent(id, x -> {
      minerals.add(x);
      growTo(minerals.size());
      return minerals.size() - 1;
    });
  }

  private int supplierIndexOf(byte[] key) {
    int s = supplierTable.get(key, 0, key.length);
    if (s == ByteKeyTable.ABSENT) {
      s = supplierTable.size();
      supplierTable.put(key, 0, key.length, s);
    }
    return s;
  }

  /** Takes the header binding of another instance (for the chunks of a file read in parallel). */
  void bindHeaderAs(LedgerRows other) {
    System.arraycopy(other.column, 0, column, 0, column.length);
    headerFields = other.headerFields;
    decimalComma = other.decimalComma;
    headerBound = true;
  }

  /**
   * Adds what another instance read (a later chunk of the same file) to this one: counters, errors
   * (line numbers shifted by {@code lineOffset}, within the listing cap) and aggregates, matched by
   * mineral, country, supplier text and smelter id.
   */
  void merge(LedgerRows other, long lineOffset) {
    dataLines += other.dataLines;
    acceptedLines += other.acceptedLines;
    invalidLines += other.invalidLines;
    errorCount += other.errorCount;
    for (LineError e : other.errors) {
      if (errors.size() < options.maxListedErrors()) {
        errors.add(new LineError(e.line() + lineOffset, e.field(),
            e.problem().at(e.problem().source(), lineOf(e.line() + lineOffset))));
      }
    }
    firstYear = Math.min(firstYear, other.firstYear);
    lastYear = Math.max(lastYear, other.lastYear);
    String[] smelterIds = new String[other.smelterIndex.size()];
    other.smelterIndex.forEach((id, i) -> smelterIds[i] = id);
    for (int om = 0; om < other.minerals.size(); om++) {
      int m = mineralIndexOf(other.minerals.get(om));
      totals.merge(m, other.totals, om, c -> countryIndexOf(other.countries.get(c)),
          sup -> supplierIndexOf(other.supplierTable.key(sup)),
          sm -> smelterIndex.computeIfAbsent(smelterIds[sm], x -> smelterIndex.size()));
    }
  }

  private int lookupSupplier() {
    int s = supplierTable.get(cellBuf, cellOff, cellEnd - cellOff);
    if (s == ByteKeyTable.ABSENT) {
      s = supplierTable.size();
      supplierTable.put(cellBuf, cellOff, cellEnd - cellOff, s);
    }
    return s;
  }

  private int lookupSmelter() {
    int s = smelterTable.get(cellBuf, cellOff, cellEnd - cellOff);
    if (s == ByteKeyTable.ABSENT) {
      Matcher mt = CID.matcher(text().toUpperCase(Locale.ROOT));
      if (mt.matches()) {
        String cid = String.format(Locale.ROOT, "CID%06d", Integer.parseInt(mt.group(1)));
        s = smelterIndex.computeIfAbsent(cid, x -> smelterIndex.size());
      } else {
        s = UNKNOWN;
      }
      smelterTable.put(cellBuf, cellOff, cellEnd - cellOff, s);
    }
    return s;
  }

  private void growTo(int n) {
    totals.ensure(n);
  }

  /**
   * Selects the cell of a field, trimmed of spaces and with doubled quotes undone; false when the
   * file has no such column or the cell is empty.
   */
  private boolean cell(LedgerField f, byte[] buf, int[] start, int[] end, int[] flags) {
    int i = column[f.ordinal()];
    if (i < 0) {
      return false;
    }
    int s = start[i];
    int e = end[i];
    while (s < e && (buf[s] == ' ' || buf[s] == '\t')) {
      s++;
    }
    while (e > s && (buf[e - 1] == ' ' || buf[e - 1] == '\t')) {
      e--;
    }
    if ((flags[i] & ESCAPED_QUOTES) != 0) {
      if (scratch.length < e - s) {
        scratch = new byte[e - s];
      }
      int w = 0;
      for (int r = s; r < e; r++) {
        scratch[w++] = buf[r];
        if (buf[r] == '"' && r + 1 < e && buf[r + 1] == '"') {
          r++;
        }
      }
      cellBuf = scratch;
      cellOff = 0;
      cellEnd = w;
    } else {
      cellBuf = buf;
      cellOff = s;
      cellEnd = e;
    }
    return cellEnd > cellOff;
  }

  private double number() {
    return Decimals.parse(cellBuf, cellOff, cellEnd, decimalComma);
  }

  private String text() {
    return new String(cellBuf, cellOff, cellEnd - cellOff, charset);
  }

  private String shown() {
    String t = text();
    return t.length() <= MAX_SHOWN ? t : t.substring(0, MAX_SHOWN) + "...";
  }

  private static boolean blank(byte[] buf, int[] start, int[] end, int n) {
    for (int i = 0; i < n; i++) {
      for (int p = start[i]; p < end[i]; p++) {
        if (buf[p] != ' ' && buf[p] != '\t') {
          return false;
        }
      }
    }
    return true;
  }

  private void error(long line, String field, String code, Object... args) {
    errorCount++;
    if (errors.size() < options.maxListedErrors()) {
      Problem p = Problem.error(code, args).at(source, lineOf(line));
      errors.add(new LineError(line, field, field.isEmpty() ? p : p.atPath(field)));
    }
  }

  private static Integer lineOf(long line) {
    return (int) Math.min(line, Integer.MAX_VALUE);
  }

  private ProblemException headerProblem(long line, String code, Object... args) {
    return new ProblemException(Problem.error(code, args).at(source, lineOf(line)));
  }

  /** The outcome once every record has been read. */
  LedgerImport finish(String format, String delimiter) {
    if (!headerBound) {
      throw new ProblemException(Problem.error("ledger.empty_file").at(source, null));
    }
    if (dataLines == 0) {
      throw new ProblemException(Problem.error("ledger.no_data").at(source, null));
    }
    boolean refused = errorCount > 0 && (!options.skipInvalid() || acceptedLines == 0);
    ImportReport report =
        new ImportReport(
            source, format, charset.name(), delimiter, columns, ignoredColumns, dataLines,
            refused ? 0 : acceptedLines, invalidLines, errorCount, errors);
    if (refused) {
      return new LedgerImport.Rejected(report);
    }
    List<FiliereAggregate> filieres = new ArrayList<>();
    for (int m = 0; m < minerals.size(); m++) {
      if (totals.has(m)) {
        filieres.add(totals.aggregate(m, minerals.get(m), this::byCountry));
      }
    }
    filieres.sort(
        Comparator.comparingDouble(FiliereAggregate::massKg)
            .reversed()
            .thenComparing(FiliereAggregate::material));
    Ledger ledger =
        new Ledger(
            filieres, acceptedLines,
            firstYear == Integer.MAX_VALUE ? Optional.empty() : Optional.of(firstYear),
            lastYear == Integer.MIN_VALUE ? Optional.empty() : Optional.of(lastYear));
    return new LedgerImport.Accepted(ledger, report);
  }

  private Map<Country, Double> byCountry(double[] a) {
    Map<Country, Double> m = new LinkedHashMap<>();
    if (a == null) {
      return m;
    }
    Integer[] order = new Integer[Math.min(a.length, countries.size())];
    for (int i = 0; i < order.length; i++) {
      order[i] = i;
    }
    Arrays.sort(order, Comparator.comparingDouble((Integer i) -> -a[i])
        .thenComparing(i -> countries.get(i).alpha3()));
    for (int i : order) {
      if (a[i] != 0) {
        m.put(countries.get(i), a[i]);
      }
    }
    return m;
  }
}
