package fr.vigie.engine.declaration.read;

import fr.vigie.engine.declaration.Company;
import fr.vigie.engine.declaration.CompanyQuestion;
import fr.vigie.engine.declaration.Contact;
import fr.vigie.engine.declaration.Declaration;
import fr.vigie.engine.declaration.Finding;
import fr.vigie.engine.declaration.MineRow;
import fr.vigie.engine.declaration.MineralAnswers;
import fr.vigie.engine.declaration.ProductRow;
import fr.vigie.engine.declaration.Question;
import fr.vigie.engine.declaration.Reply;
import fr.vigie.engine.declaration.Severity;
import fr.vigie.engine.declaration.SmelterRow;
import fr.vigie.engine.declaration.Template;
import fr.vigie.engine.declaration.read.Layout.MineCols;
import fr.vigie.engine.declaration.read.Layout.SmelterColumns;
import fr.vigie.engine.declaration.LookupKind;
import fr.vigie.engine.kernel.Text;
import fr.vigie.engine.mineral.MineralId;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads one template file into a {@link Declaration}: detects template and revision from the file
 * itself, picks the layout of that revision and reads every field by cell position (never by label
 * text, which follows the supplier's language). Throws {@link UnreadableFileException} when the
 * file is not a supported, unmodified template.
 */
public final class DeclarationReader {
  /** Rows kept of the Declaration sheet: the templates use under two hundred. */
  private static final int DECLARATION_ROWS = 300;
  private static final Pattern ACRONYM = Pattern.compile("\\b(CMRT|EMRT|AMRT|CRT|PRT)\\b");
  private static final Pattern REVISION = Pattern.compile("(\\d{1,2}\\.\\d{1,2})");
  /** A scope cell saying "Other [specify below]" (AMRT 1.3): the name is typed three rows below. */
  private static final String OTHER = "other";

  private final WorkbookLoader loader;
  private final CountryResolver countries;
  private final ReadLimits limits;
  private final Map<String, WorkbookLoader.SheetRequest> sheets;

  public DeclarationReader(CountryResolver countries, ReadLimits limits) {
    this.loader = new WorkbookLoader(limits);
    this.countries = countries;
    this.limits = limits;
    int listRows = Layout.LIST_FIRST_ROW + limits.maxRows(); // one row past the limit tells it was reached
    this.sheets = Map.of(
        Layout.REVISION, new WorkbookLoader.SheetRequest(4, 60),
        Layout.DECLARATION, new WorkbookLoader.SheetRequest(10, DECLARATION_ROWS),
        Layout.SMELTER_LIST, new WorkbookLoader.SheetRequest(SmelterColumns.STANDARD.count(), listRows),
        Layout.MINE_LIST, new WorkbookLoader.SheetRequest(MineCols.COUNT, listRows),
        Layout.PRODUCT_LIST, new WorkbookLoader.SheetRequest(8, listRows));
  }

  public ReadOutcome read(Path file) {
    WorkbookData wb = loader.load(file, sheets);
    Grid decl = wb.grid(Layout.DECLARATION).orElseThrow(() -> missingDeclaration(wb));
    Optional<Grid> revision = wb.grid(Layout.REVISION);
    Template template = detectTemplate(revision, decl, wb);
    String version = detectVersion(decl, revision, template);
    Layout layout = Layouts.find(template, version).orElseThrow(() -> new UnreadableFileException(
        "template-version-unsupported", text("template-version-unsupported", template.name(), version)));
    List<Finding> findings = new ArrayList<>();
    if (!layout.version().equals(version)) {
      findings.add(new Finding(Severity.INFO, "template-version-unverified", Layout.DECLARATION,
          Layout.REVISION_CELL,
          text("template-version-unverified", template.name(), version, layout.name())));
    }
    Grid smelters = wb.grid(Layout.SMELTER_LIST).orElseThrow(() -> modified(Layout.SMELTER_LIST, "",
        text("template-modified.sheet-not-found", Layout.SMELTER_LIST, String.join(", ", wb.sheetNames()))));
    checkAnchors(decl, smelters, layout);

    Company company = company(decl, layout);
    List<MineralId> scope = mineralsInScope(decl, layout, findings);
    List<MineralAnswers> answers = new ArrayList<>();
    List<MineralId> minerals = answers(decl, layout, scope, answers);
    List<CompanyQuestion> cqs = companyQuestions(decl, layout, minerals);
    List<SmelterRow> smelterRows = smelterRows(smelters, layout.smelterColumns(), findings);
    List<MineRow> mines = List.of();
    if (layout.mineList()) {
      Optional<Grid> mg = wb.grid(Layout.MINE_LIST);
      if (mg.isPresent()) {
        mines = mineRows(mg.get(), findings);
      } else {
        findings.add(sheetMissing(Layout.MINE_LIST));
      }
    }
    List<ProductRow> products = wb.grid(Layout.PRODUCT_LIST).map(g -> productRows(g, layout, findings))
        .orElseGet(() -> {
          findings.add(sheetMissing(Layout.PRODUCT_LIST));
          return List.of();
        });
    Declaration d = new Declaration(template, version, company, minerals, answers, cqs, smelterRows, mines, products);
    return new ReadOutcome(d, layout, findings);
  }

  private static Finding sheetMissing(String sheet) {
    return new Finding(Severity.ERROR, "template-modified", sheet, "", text("template-modified.sheet-missing", sheet));
  }

  private static UnreadableFileException modified(String sheet, String cell, Text text) {
    return new UnreadableFileException("template-modified", text, sheet, cell, null);
  }

  /** The message {@code declaration.finding.<key>} with its arguments. */
  static Text text(String key, Object... args) {
    return Text.of("declaration.finding." + key, args);
  }

  private static UnreadableFileException missingDeclaration(WorkbookData wb) {
    boolean looksLikeTemplate = wb.sheetNames().contains(Layout.SMELTER_LIST)
        || wb.sheetNames().contains(Layout.PRODUCT_LIST) || wb.sheetNames().contains(Layout.TRANSLATIONS);
    if (looksLikeTemplate) {
      return modified(Layout.DECLARATION, "",
          text("template-modified.sheet-not-found", Layout.DECLARATION, String.join(", ", wb.sheetNames())));
    }
    return new UnreadableFileException("template-unknown",
        text("template-unknown.no-declaration-sheet", String.join(", ", wb.sheetNames())));
  }

  /**
   * The family is told by the constant English title in {@code Revision!B3} (version numbers
   * overlap between families). Failing that (no Revision sheet), the acronym in the title rows of
   * the Declaration sheet, which every language keeps.
   */
  private static Template detectTemplate(Optional<Grid> revision, Grid decl, WorkbookData wb) {
    if (revision.isPresent()) {
      String k = Values.key(revision.get().text(Layout.REVISION_TITLE_CELL));
      for (Layout l : Layouts.ALL) {
        if (!k.isEmpty() && k.startsWith(Values.key(l.revisionTitle()))) {
          return l.template();
        }
      }
      if (k.contains("extended mineral")) {
        return Template.EMRT;
      }
      if (k.contains("pilot reporting template")) {
        return Template.AMRT;
      }
    }
    for (int r = 1; r <= 6; r++) {
      for (int c = 0; c < 10; c++) {
        Matcher m = ACRONYM.matcher(decl.text(r, c));
        if (m.find()) {
          return switch (m.group(1)) {
            case "CMRT" -> Template.CMRT;
            case "EMRT" -> Template.EMRT;
            case "AMRT" -> Template.AMRT;
            case "CRT" -> Template.CRT;
            default -> throw new UnreadableFileException("template-unknown",
                text("template-unknown.unsupported", m.group(1)));
          };
        }
      }
    }
    if (wb.sheetNames().contains("Minerals Scope")) {
      return Template.AMRT;
    }
    throw new UnreadableFileException("template-unknown", text("template-unknown.no-name"));
  }

  /**
   * The revision: the first {@code n.nn} number of {@code Declaration!J3}, else the last
   * numbered entry of the Revision sheet's column B.
   */
  private static String detectVersion(Grid decl, Optional<Grid> revision, Template t) {
    Matcher m = REVISION.matcher(decl.text(Layout.REVISION_CELL));
    if (m.find()) {
      return m.group(1);
    }
    if (revision.isPresent()) {
      String last = null;
      for (int r = 4; r <= revision.get().lastRow(); r++) {
        String v = revision.get().text(r, 1);
        if (v.matches("\\d{1,2}\\.\\d{1,2}")) {
          last = v;
        }
      }
      if (last != null) {
        return last;
      }
    }
    throw new UnreadableFileException("template-version-unknown", text("template-version-unknown",
        "'" + Layout.DECLARATION + "'!" + Layout.REVISION_CELL, decl.text(Layout.REVISION_CELL), t.name()));
  }

  /**
   * Refuses a file whose labels are not where the version's layout has them: a question label that
   * is blank or reads as a mineral name (rows deleted), a fixed answer row whose label is blank or
   * names another mineral (rows inserted), a Smelter List header that is blank.
   */
  private static void checkAnchors(Grid decl, Grid smelters, Layout layout) {
    for (String a : layout.anchors()) {
      String t = decl.text(a);
      if (t.isEmpty() || Values.metal(t).isPresent()) {
        throw modified(Layout.DECLARATION, a, text("template-modified.label-missing", "'" + Layout.DECLARATION + "'!" + a));
      }
    }
    for (Map.Entry<String, MineralId> e : layout.mineralLabels().entrySet()) {
      String t = decl.text(e.getKey());
      Optional<MineralId> named = Values.metal(t);
      if (t.isEmpty() || named.isPresent() && !named.get().equals(e.getValue())) {
        throw modified(Layout.DECLARATION, e.getKey(),
            text("template-modified.label-missing", "'" + Layout.DECLARATION + "'!" + e.getKey()));
      }
    }
    SmelterColumns sc = layout.smelterColumns();
    for (int col : new int[] {sc.metal(), sc.name(), sc.country()}) {
      String a1 = Grid.a1(Layout.LIST_HEADER_ROW, col);
      if (smelters.text(a1).isEmpty()) {
        throw modified(Layout.SMELTER_LIST, a1,
            text("template-modified.header-missing", "'" + Layout.SMELTER_LIST + "'!" + a1));
      }
    }
  }

  private static Company company(Grid d, Layout l) {
    Map<Field, String> f = l.fields();
    Optional<Cell> dateCell = d.cell(f.get(Field.EFFECTIVE_DATE));
    Optional<LocalDate> date = dateCell.flatMap(Values::date);
    boolean excelDate = dateCell.map(c -> c.kind() != Cell.Kind.TEXT).orElse(false);
    String shownDate = date.isPresent() && excelDate ? date.get().toString() : d.text(f.get(Field.EFFECTIVE_DATE));
    String scopeText = d.text(f.get(Field.SCOPE));
    return new Company(
        d.text(f.get(Field.COMPANY_NAME)), Values.scope(scopeText), scopeText, d.text(f.get(Field.SCOPE_DESCRIPTION)),
        d.text(f.get(Field.COMPANY_ID)), d.text(f.get(Field.AUTHORIZATION_ID)), d.text(f.get(Field.ADDRESS)),
        new Contact(d.text(f.get(Field.CONTACT_NAME)), d.text(f.get(Field.CONTACT_EMAIL)), d.text(f.get(Field.CONTACT_PHONE))),
        new Contact(d.text(f.get(Field.AUTHORIZER_NAME)), d.text(f.get(Field.AUTHORIZER_EMAIL)),
            d.text(f.get(Field.AUTHORIZER_PHONE))),
        d.text(f.get(Field.AUTHORIZER_TITLE)), date, shownDate);
  }

  /** Sort key of a mineral as the templates order their scope list (English name, A to Z). */
  public static String englishName(MineralId m) {
    return m.value().replace("natural_", "").replace('_', ' ');
  }

  /**
   * The minerals picked in the scope cells (EMRT 2.x, AMRT), sorted A to Z as the templates list
   * them in the question slots; "(Delete X)" markers are skipped; "Other" takes the name typed
   * three rows below (AMRT 1.3).
   */
  private static List<MineralId> mineralsInScope(Grid d, Layout l, List<Finding> findings) {
    if (!l.slotted()) {
      return l.fixedMinerals();
    }
    Set<MineralId> out = new LinkedHashSet<>();
    for (int i = 0; i < l.scopeCells().size(); i++) {
      String a1 = l.scopeCells().get(i);
      String t = d.text(a1);
      if (Values.key(t).startsWith(OTHER) && i < l.scopeOtherCells().size()) {
        a1 = l.scopeOtherCells().get(i);
        t = d.text(a1);
      }
      if (t.isEmpty() || Values.key(t).startsWith("delete")) {
        continue;
      }
      String cell = a1;
      String name = t;
      mineral(t, l).ifPresentOrElse(out::add, () -> findings.add(new Finding(Severity.WARNING, "mineral-unrecognised",
          Layout.DECLARATION, cell, text("mineral-unrecognised", name))));
    }
    List<MineralId> list = new ArrayList<>(out);
    list.sort(Comparator.comparing(DeclarationReader::englishName));
    return List.copyOf(list);
  }

  /** A mineral name; AMRT minerals the registry does not know are kept under their own name. */
  private static Optional<MineralId> mineral(String text, Layout l) {
    Optional<MineralId> m = Values.metal(text);
    String k = Values.key(text.replace("(*)", ""));
    if (m.isEmpty() && l.template() == Template.AMRT && !k.isEmpty() && k.matches("[\\p{IsLatin} \\-]+")) {
      m = Optional.of(MineralId.of(k.replace(' ', '_')));
    }
    return m;
  }

  /**
   * Reads every question block into {@code out}, one entry per mineral, and returns the minerals
   * in order. A fixed row belongs to the layout's mineral; a slot row to the mineral named in its
   * column B (the template writes the sorted scope list there), else to the scope mineral of the
   * same rank.
   */
  private static List<MineralId> answers(Grid d, Layout l, List<MineralId> scope, List<MineralAnswers> out) {
    Map<MineralId, Map<Question, Reply>> byMineral = new java.util.LinkedHashMap<>();
    for (MineralId m : scope) {
      byMineral.put(m, new EnumMap<>(Question.class));
    }
    for (Layout.QuestionBlock b : l.questions()) {
      for (int i = 0; i < b.rows().size(); i++) {
        Layout.AnswerRow row = b.rows().get(i);
        Optional<MineralId> m = rowMineral(d, l, row, i, scope);
        if (m.isEmpty()) {
          continue;
        }
        String cell = row.answerCell();
        String text = b.question().isRate() ? rateText(d, cell) : d.text(cell);
        String comment = d.text(row.commentCell());
        byMineral.computeIfAbsent(m.get(), k -> new EnumMap<>(Question.class)).putIfAbsent(b.question(),
            b.question().isRate()
                ? new Reply.Rate(cell, text, comment, Values.rate(text))
                : new Reply.Choice(cell, text, comment, Values.answer(text)));
      }
    }
    for (Map.Entry<MineralId, Map<Question, Reply>> e : byMineral.entrySet()) {
      out.add(new MineralAnswers(e.getKey(), e.getValue()));
    }
    return List.copyOf(byMineral.keySet());
  }

  /**
   * A rate answer as the supplier saw it: the versions whose list stores "100%" as the number 1
   * formatted as a percentage give a number, shown here as {@code 100%} like the text form.
   */
  private static String rateText(Grid d, String cell) {
    Optional<Cell> c = d.cell(cell);
    if (c.isPresent() && c.get().kind() == Cell.Kind.NUMBER) {
      return Cell.numberText(c.get().number() * 100) + "%";
    }
    return d.text(cell);
  }

  private static Optional<MineralId> rowMineral(Grid d, Layout l, Layout.AnswerRow row, int rank, List<MineralId> scope) {
    if (row.mineral().isPresent()) {
      return row.mineral();
    }
    Optional<MineralId> named = mineral(d.text(row.labelCell()), l);
    if (named.isPresent()) {
      return named;
    }
    return rank < scope.size() ? Optional.of(scope.get(rank)) : Optional.empty();
  }

  private static List<CompanyQuestion> companyQuestions(Grid d, Layout l, List<MineralId> scope) {
    List<CompanyQuestion> out = new ArrayList<>();
    for (Layout.CompanyQuestionCell c : l.companyQuestions()) {
      for (int i = 0; i < c.rows().size(); i++) {
        Layout.AnswerRow row = c.rows().get(i);
        Optional<MineralId> m = c.perMineral() ? rowMineral(d, l, row, i, scope) : Optional.empty();
        if (c.perMineral() && m.isEmpty()) {
          continue;
        }
        String text = d.text(row.answerCell());
        out.add(new CompanyQuestion(c.letter(), m, row.answerCell(), text, Values.answer(text), d.text(row.commentCell())));
      }
    }
    return out;
  }

  private int lastListRow(Grid g, int firstRow, List<Finding> findings) {
    int max = firstRow + limits.maxRows() - 1;
    if (g.lastRow() > max) {
      findings.add(new Finding(Severity.WARNING, "list-truncated", g.sheet(), "",
          text("list-truncated", limits.maxRows())));
    }
    return Math.min(g.lastRow(), max);
  }

  private static boolean blankRow(Grid g, int row, int cols) {
    for (int c = 0; c < cols; c++) {
      if (!g.text(row, c).isEmpty()) {
        return false;
      }
    }
    return true;
  }

  private static String text(Grid g, int row, int col) {
    return col < 0 ? "" : g.text(row, col);
  }

  private List<SmelterRow> smelterRows(Grid g, SmelterColumns sc, List<Finding> findings) {
    List<SmelterRow> out = new ArrayList<>();
    int last = lastListRow(g, Layout.LIST_FIRST_ROW, findings);
    for (int r = Layout.LIST_FIRST_ROW; r <= last; r++) {
      if (blankRow(g, r, sc.count())) {
        continue;
      }
      String metalText = text(g, r, sc.metal());
      String lookupText = text(g, r, sc.lookup());
      String name = text(g, r, sc.name());
      String countryText = text(g, r, sc.country());
      String idText = text(g, r, sc.smelterId());
      String idInput = text(g, r, sc.idInput());
      if (metalText.isEmpty() && name.isEmpty() && countryText.isEmpty() && idText.isEmpty() && idInput.isEmpty()
          && lookupText.isEmpty()) {
        continue; // only helper or comment columns: not a smelter row
      }
      Optional<String> id = Values.smelterId(idText);
      if (id.isEmpty() && idText.isEmpty()) {
        id = Values.smelterId(idInput);
      }
      String mineCountryText = text(g, r, sc.mineCountry());
      CountryResolver.Resolved mineCountries = countries.many(mineCountryText);
      if (!mineCountries.unknown().isEmpty()) {
        findings.add(new Finding(Severity.WARNING, "country-unrecognised", Layout.SMELTER_LIST,
            Grid.a1(r, sc.mineCountry()), text("country-unrecognised.mine", String.join(", ", mineCountries.unknown()))));
      }
      LookupKind lookup = sc.lookup() < 0 ? (name.isEmpty() ? LookupKind.BLANK : LookupKind.NOT_LISTED) : Values.lookup(lookupText);
      if (sc.lookup() < 0 && id.isPresent()) {
        lookup = LookupKind.LISTED;
      }
      if (name.isEmpty() && lookup == LookupKind.LISTED && sc.lookup() >= 0) {
        name = lookupText; // a smelter picked from the look-up: its standard name is column C, D stays blank
      }
      out.add(new SmelterRow(r, Values.metal(metalText), metalText, lookupText, lookup,
          name, countryText, countries.alpha3(countryText), id, idText.isEmpty() ? idInput : idText,
          text(g, r, sc.sourceOfId()), text(g, r, sc.street()), text(g, r, sc.city()),
          text(g, r, sc.state()), text(g, r, sc.contactName()), text(g, r, sc.contactEmail()),
          text(g, r, sc.nextSteps()), text(g, r, sc.mineNames()), mineCountryText,
          mineCountries.codes(), Values.answer(text(g, r, sc.recycled())), text(g, r, sc.comments())));
    }
    return out;
  }

  private List<MineRow> mineRows(Grid g, List<Finding> findings) {
    List<MineRow> out = new ArrayList<>();
    int last = lastListRow(g, Layout.LIST_FIRST_ROW, findings);
    for (int r = Layout.LIST_FIRST_ROW; r <= last; r++) {
      if (blankRow(g, r, MineCols.COUNT)) {
        continue;
      }
      String metalText = g.text(r, MineCols.METAL);
      String countryText = g.text(r, MineCols.COUNTRY);
      out.add(new MineRow(r, Values.metal(metalText), metalText, g.text(r, MineCols.SMELTER_NAME),
          g.text(r, MineCols.MINE_NAME), g.text(r, MineCols.MINE_ID), countryText, countries.alpha3(countryText),
          g.text(r, MineCols.COMMENTS)));
    }
    return out;
  }

  private List<ProductRow> productRows(Grid g, Layout l, List<Finding> findings) {
    List<ProductRow> out = new ArrayList<>();
    int last = lastListRow(g, Layout.PRODUCT_FIRST_ROW, findings);
    Layout.ProductColumns pc = l.productColumns();
    for (int r = Layout.PRODUCT_FIRST_ROW; r <= last; r++) {
      if (blankRow(g, r, pc.count())) {
        continue;
      }
      out.add(new ProductRow(r, text(g, r, pc.number()), text(g, r, pc.name()), text(g, r, pc.requesterNumber()),
          text(g, r, pc.requesterName()), text(g, r, pc.comment())));
    }
    return out;
  }
}
