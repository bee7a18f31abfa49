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
import fr.vigie.engine.declaration.read.Layout.SmelterCols;
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
  /** Rows kept of the Declaration sheet: the templates use about a hundred. */
  private static final int DECLARATION_ROWS = 300;
  private static final Pattern ACRONYM = Pattern.compile("\\b(CMRT|EMRT|AMRT|CRT|PRT)\\b");
  private static final Pattern REVISION = Pattern.compile("(\\d{1,2}\\.\\d{1,2})");

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
        Layout.DECLARATION, new WorkbookLoader.SheetRequest(10, DECLARATION_ROWS),
        Layout.SMELTER_LIST, new WorkbookLoader.SheetRequest(SmelterCols.COUNT, listRows),
        Layout.MINE_LIST, new WorkbookLoader.SheetRequest(MineCols.COUNT, listRows),
        Layout.PRODUCT_LIST, new WorkbookLoader.SheetRequest(Layout.PRODUCT_FIRST_COL + 5, listRows));
  }

  public ReadOutcome read(Path file) {
    WorkbookData wb = loader.load(file, sheets);
    Grid decl = wb.grid(Layout.DECLARATION).orElseThrow(() -> missingDeclaration(wb));
    Template template = detectTemplate(decl);
    String version = detectVersion(decl, template);
    Layout layout = Layouts.find(template, version).orElseThrow(() -> new UnreadableFileException(
        "template-version-unsupported", text("template-version-unsupported", template.name(), version)));
    List<Finding> findings = new ArrayList<>();
    if (!layout.versions().contains(version)) {
      findings.add(new Finding(Severity.INFO, "template-version-unverified", Layout.DECLARATION,
          Layout.REVISION_CELL,
          text("template-version-unverified", template.name(), version, layout.family())));
    }
    Grid smelters = wb.grid(Layout.SMELTER_LIST).orElseThrow(() -> modified(
        text("template-modified.sheet-not-found", Layout.SMELTER_LIST, String.join(", ", wb.sheetNames()))));
    checkAnchors(decl, smelters, layout);

    Company company = company(decl, layout);
    List<MineralId> scope = mineralsInScope(decl, layout, findings);
    List<MineralAnswers> answers = answers(decl, layout, scope);
    List<CompanyQuestion> cqs = companyQuestions(decl, layout, scope);
    List<SmelterRow> smelterRows = smelterRows(smelters, findings);
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
    Declaration d = new Declaration(template, version, company, scope, answers, cqs, smelterRows, mines, products);
    return new ReadOutcome(d, layout, findings);
  }

  private static Finding sheetMissing(String sheet) {
    return new Finding(Severity.ERROR, "template-modified", sheet, "", text("template-modified.sheet-missing", sheet));
  }

  private static UnreadableFileException modified(Text text) {
    return new UnreadableFileException("template-modified", text);
  }

  /** The message {@code declaration.finding.<key>} with its arguments. */
  static Text text(String key, Object... args) {
    return Text.of("declaration.finding." + key, args);
  }

  private static UnreadableFileException missingDeclaration(WorkbookData wb) {
    boolean looksLikeTemplate = wb.sheetNames().contains(Layout.SMELTER_LIST)
        || wb.sheetNames().contains(Layout.PRODUCT_LIST) || wb.sheetNames().contains(Layout.TRANSLATIONS);
    if (looksLikeTemplate) {
      return modified(text("template-modified.sheet-not-found", Layout.DECLARATION, String.join(", ", wb.sheetNames())));
    }
    return new UnreadableFileException("template-unknown",
        text("template-unknown.no-declaration-sheet", String.join(", ", wb.sheetNames())));
  }

  /** The template acronym appears in the title rows (1 to 6) in every language of the templates. */
  private static Template detectTemplate(Grid decl) {
    for (int r = 1; r <= 6; r++) {
      for (int c = 0; c < 10; c++) {
        Matcher m = ACRONYM.matcher(decl.text(r, c));
        if (m.find()) {
          return switch (m.group(1)) {
            case "CMRT" -> Template.CMRT;
            case "EMRT" -> Template.EMRT;
            case "AMRT" -> Template.AMRT;
            default -> throw new UnreadableFileException("template-unknown",
                text("template-unknown.unsupported", m.group(1)));
          };
        }
      }
    }
    for (int r = 1; r <= 6; r++) {
      for (int c = 0; c < 10; c++) {
        String k = Values.key(decl.text(r, c));
        if (k.contains("conflict minerals reporting") || k.contains("minerais de conflit")) {
          return Template.CMRT;
        }
        if (k.contains("extended minerals reporting")) {
          return Template.EMRT;
        }
        if (k.contains("additional minerals reporting")) {
          return Template.AMRT;
        }
      }
    }
    throw new UnreadableFileException("template-unknown", text("template-unknown.no-name"));
  }

  private static String detectVersion(Grid decl, Template t) {
    Matcher m = REVISION.matcher(decl.text(Layout.REVISION_CELL));
    if (m.find()) {
      return m.group(1);
    }
    throw new UnreadableFileException("template-version-unknown", text("template-version-unknown",
        "'" + Layout.DECLARATION + "'!" + Layout.REVISION_CELL, decl.text(Layout.REVISION_CELL), t.name()));
  }

  private static void checkAnchors(Grid decl, Grid smelters, Layout layout) {
    for (String a : layout.anchors()) {
      if (decl.text(a).isEmpty()) {
        throw modified(text("template-modified.label-missing", "'" + Layout.DECLARATION + "'!" + a));
      }
    }
    for (int col : new int[] {SmelterCols.METAL, SmelterCols.NAME, SmelterCols.COUNTRY}) {
      String a1 = Grid.a1(Layout.LIST_HEADER_ROW, col);
      if (smelters.text(a1).isEmpty()) {
        throw modified(text("template-modified.header-missing", "'" + Layout.SMELTER_LIST + "'!" + a1));
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

  /** Sort key of a mineral as the template orders it alphabetically (English name). */
  public static String englishName(MineralId m) {
    return m.value().replace("natural_", "").replace('_', ' ');
  }

  private static List<MineralId> mineralsInScope(Grid d, Layout l, List<Finding> findings) {
    if (l.scopeCells().isEmpty()) {
      return l.fixedMinerals();
    }
    Set<MineralId> out = new LinkedHashSet<>();
    for (String a1 : l.scopeCells()) {
      String t = d.text(a1);
      if (t.isEmpty() || Values.key(t).startsWith("delete")) {
        continue;
      }
      Optional<MineralId> m = Values.metal(t);
      if (m.isEmpty() && l.template() == Template.AMRT && t.matches("[\\p{IsLatin} \\-]+")) {
        m = Optional.of(MineralId.of(Values.key(t)));
      }
      m.ifPresentOrElse(out::add, () -> findings.add(new Finding(Severity.WARNING, "mineral-unrecognised",
          Layout.DECLARATION, a1, text("mineral-unrecognised", t))));
    }
    List<MineralId> list = new ArrayList<>(out);
    if (l.sortScope()) {
      list.sort(Comparator.comparing(DeclarationReader::englishName));
    }
    if (list.size() > l.mineralSlots()) {
      list = list.subList(0, l.mineralSlots()); // more scope cells than question rows: cannot happen with known minerals
    }
    return List.copyOf(list);
  }

  private static List<MineralAnswers> answers(Grid d, Layout l, List<MineralId> scope) {
    List<MineralAnswers> out = new ArrayList<>();
    for (int i = 0; i < scope.size(); i++) {
      Map<Question, Reply> replies = new EnumMap<>(Question.class);
      for (Layout.QuestionBlock b : l.questions()) {
        int row = b.firstRow() + i;
        String cell = Layout.ANSWER_COL + row;
        String text = d.text(cell);
        String comment = d.text(Layout.COMMENT_COL + row);
        replies.put(b.question(), b.question().isRate()
            ? new Reply.Rate(cell, text, comment, Values.rate(text))
            : new Reply.Choice(cell, text, comment, Values.answer(text)));
      }
      out.add(new MineralAnswers(scope.get(i), replies));
    }
    return out;
  }

  private static List<CompanyQuestion> companyQuestions(Grid d, Layout l, List<MineralId> scope) {
    List<CompanyQuestion> out = new ArrayList<>();
    for (Layout.CompanyQuestionCell c : l.companyQuestions()) {
      int answers = c.perMineral() ? scope.size() : 1;
      for (int i = 0; i < answers; i++) {
        int row = c.answerRow(i);
        String text = d.text(Layout.ANSWER_COL + row);
        out.add(new CompanyQuestion(c.letter(), c.perMineral() ? Optional.of(scope.get(i)) : Optional.empty(),
            Layout.ANSWER_COL + row, text, Values.answer(text), d.text(Layout.COMMENT_COL + row)));
      }
    }
    return out;
  }

  private int lastListRow(Grid g, List<Finding> findings) {
    int max = Layout.LIST_FIRST_ROW + limits.maxRows() - 1;
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

  private List<SmelterRow> smelterRows(Grid g, List<Finding> findings) {
    List<SmelterRow> out = new ArrayList<>();
    int last = lastListRow(g, findings);
    for (int r = Layout.LIST_FIRST_ROW; r <= last; r++) {
      if (blankRow(g, r, SmelterCols.COUNT)) {
        continue;
      }
      String metalText = g.text(r, SmelterCols.METAL);
      String lookupText = g.text(r, SmelterCols.LOOKUP);
      String countryText = g.text(r, SmelterCols.COUNTRY);
      String idText = g.text(r, SmelterCols.SMELTER_ID);
      String idInput = g.text(r, SmelterCols.ID_INPUT);
      Optional<String> id = Values.smelterId(idText);
      if (id.isEmpty() && idText.isEmpty()) {
        id = Values.smelterId(idInput);
      }
      String mineCountryText = g.text(r, SmelterCols.MINE_COUNTRY);
      CountryResolver.Resolved mineCountries = countries.many(mineCountryText);
      if (!mineCountries.unknown().isEmpty()) {
        findings.add(new Finding(Severity.WARNING, "country-unrecognised", Layout.SMELTER_LIST,
            Grid.a1(r, SmelterCols.MINE_COUNTRY), text("country-unrecognised.mine", String.join(", ", mineCountries.unknown()))));
      }
      out.add(new SmelterRow(r, Values.metal(metalText), metalText, lookupText, Values.lookup(lookupText),
          g.text(r, SmelterCols.NAME), countryText, countries.alpha3(countryText), id, idText.isEmpty() ? idInput : idText,
          g.text(r, SmelterCols.SOURCE_OF_ID), g.text(r, SmelterCols.STREET), g.text(r, SmelterCols.CITY),
          g.text(r, SmelterCols.STATE), g.text(r, SmelterCols.CONTACT_NAME), g.text(r, SmelterCols.CONTACT_EMAIL),
          g.text(r, SmelterCols.NEXT_STEPS), g.text(r, SmelterCols.MINE_NAMES), mineCountryText,
          mineCountries.codes(), Values.answer(g.text(r, SmelterCols.RECYCLED)), g.text(r, SmelterCols.COMMENTS)));
    }
    return out;
  }

  private List<MineRow> mineRows(Grid g, List<Finding> findings) {
    List<MineRow> out = new ArrayList<>();
    int last = lastListRow(g, findings);
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
    int last = lastListRow(g, findings);
    int c = Layout.PRODUCT_FIRST_COL;
    for (int r = Layout.PRODUCT_FIRST_ROW; r <= last; r++) {
      if (blankRow(g, r, c + 5)) {
        continue;
      }
      out.add(l.productRequesterColumns()
          ? new ProductRow(r, g.text(r, c), g.text(r, c + 1), g.text(r, c + 2), g.text(r, c + 3), g.text(r, c + 4))
          : new ProductRow(r, g.text(r, c), g.text(r, c + 1), "", "", g.text(r, c + 2)));
    }
    return out;
  }
}
