package fr.vigie.engine.declaration.generate;

import fr.vigie.engine.declaration.Company;
import fr.vigie.engine.declaration.CompanyQuestion;
import fr.vigie.engine.declaration.Declaration;
import fr.vigie.engine.declaration.MineRow;
import fr.vigie.engine.declaration.MineralAnswers;
import fr.vigie.engine.declaration.ProductRow;
import fr.vigie.engine.declaration.Reply;
import fr.vigie.engine.declaration.SmelterRow;
import fr.vigie.engine.declaration.read.Field;
import fr.vigie.engine.declaration.read.Layout;
import fr.vigie.engine.declaration.read.Layout.MineCols;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Writes a {@link Declaration} as a workbook shaped like its template version: the sheets of the
 * template, the revision string in Declaration!J3, every label a formula into a hidden translation
 * sheet "L" (cached in the chosen language), the answers at their cells. For tests and benchmark
 * input only: it is not the published template and carries none of its text beyond short labels.
 */
public final class TemplateWriter {
  private final Layout layout;
  private final Language lang;

  public TemplateWriter(Layout layout, Language lang) {
    this.layout = layout;
    this.lang = lang;
  }

  /** Writes to {@code out}: {@code .xls} gives the legacy format, anything else {@code .xlsx}. */
  public void write(Declaration d, Path out) {
    boolean xls = out.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".xls");
    try (Workbook wb = build(d, xls); OutputStream os = Files.newOutputStream(out)) {
      wb.write(os);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Builds the workbook in memory (tests may alter it before saving). */
  public Workbook build(Declaration d, boolean xls) {
    Workbook wb = xls ? new HSSFWorkbook() : new XSSFWorkbook();
    Sheet revision = wb.createSheet(Layout.REVISION);
    wb.createSheet("Instructions");
    wb.createSheet("Definitions");
    Sheet decl = wb.createSheet(Layout.DECLARATION);
    Sheet smelters = wb.createSheet(Layout.SMELTER_LIST);
    Sheet checker = wb.createSheet("Checker");
    Sheet mines = layout.mineList() ? wb.createSheet(Layout.MINE_LIST) : null;
    Sheet products = wb.createSheet(Layout.PRODUCT_LIST);
    wb.createSheet("Smelter Look-up");
    Sheet l = wb.createSheet(Layout.TRANSLATIONS);
    wb.setSheetHidden(wb.getSheetIndex(l), true);
    Labels labels = new Labels(l, lang);
    set(checker, "A1", "Checker");
    // Revision!B3: the family's constant English title; the history's last entry names the version
    set(revision, Layout.REVISION_TITLE_CELL, layout.revisionTitle());
    set(revision, "B5", d.version());

    labels.put(decl, "D2", lang.title(layout.template()), "title");
    set(decl, Layout.LANGUAGE_CELL, lang.label("English", "Français", "中文 Chinese"));
    set(decl, Layout.REVISION_CELL, "Revision " + d.version() + "\nReleased");
    declaration(d, decl, labels, wb);
    smelterList(d.smelters(), smelters, labels);
    if (mines != null) {
      mineList(d.mines(), mines, labels);
    }
    productList(d.products(), products, labels);
    return wb;
  }

  private void declaration(Declaration d, Sheet s, Labels labels, Workbook wb) {
    Map<Field, String> f = layout.fields();
    String[][] fieldLabels = {
        {"Company Name (*):", "Nom de l'entreprise (*) :", "公司名称 (*)："},
        {"Declaration Scope or Class (*):", "Périmètre de la déclaration (*) :", "申报范围或种类 (*)："},
        {"Description of Scope:", "Description du périmètre :", "范围描述："},
        {"Company Unique ID:", "Identifiant unique de l'entreprise :", "公司唯一识别信息："},
        {"Company Unique ID Authority:", "Autorité de l'identifiant :", "公司唯一授权识别信息："},
        {"Address:", "Adresse :", "地址："},
        {"Contact Name (*):", "Nom du contact (*) :", "联系人姓名 (*)："},
        {"Email - Contact (*):", "E-mail du contact (*) :", "电子邮件 - 联系人 (*)："},
        {"Phone - Contact (*):", "Téléphone du contact (*) :", "电话 - 联系人 (*)："},
        {"Authorizer (*):", "Signataire (*) :", "授权人 (*)："},
        {"Title - Authorizer:", "Fonction du signataire :", "职务 - 授权人："},
        {"Email - Authorizer (*):", "E-mail du signataire (*) :", "电子邮件 - 授权人 (*)："},
        {"Phone - Authorizer:", "Téléphone du signataire :", "电话 - 授权人："},
        {"Effective Date (*):", "Date d'effet (*) :", "生效日期 (*)："}};
    Field[] order = Field.values();
    for (int i = 0; i < order.length; i++) {
      String cell = f.get(order[i]);
      labels.put(s, Layout.LABEL_COL + cell.substring(1), fieldLabels[i][lang.ordinal()], "field." + order[i]);
    }
    Company c = d.company();
    set(s, f.get(Field.COMPANY_NAME), c.name());
    set(s, f.get(Field.SCOPE), c.scopeText());
    set(s, f.get(Field.SCOPE_DESCRIPTION), c.scopeDescription());
    set(s, f.get(Field.COMPANY_ID), c.companyId());
    set(s, f.get(Field.AUTHORIZATION_ID), c.authorizationId());
    set(s, f.get(Field.ADDRESS), c.address());
    set(s, f.get(Field.CONTACT_NAME), c.contact().name());
    set(s, f.get(Field.CONTACT_EMAIL), c.contact().email());
    set(s, f.get(Field.CONTACT_PHONE), c.contact().phone());
    set(s, f.get(Field.AUTHORIZER_NAME), c.authorizer().name());
    set(s, f.get(Field.AUTHORIZER_TITLE), c.authorizerTitle());
    set(s, f.get(Field.AUTHORIZER_EMAIL), c.authorizer().email());
    set(s, f.get(Field.AUTHORIZER_PHONE), c.authorizer().phone());
    if (c.effectiveDate().isPresent() && c.effectiveDateText().equals(c.effectiveDate().get().toString())) {
      setDate(s, f.get(Field.EFFECTIVE_DATE), c.effectiveDate().get(), wb);
    } else {
      set(s, f.get(Field.EFFECTIVE_DATE), c.effectiveDateText());
    }
    if (layout.slotted()) {
      labels.put(s, Layout.LABEL_COL + layout.scopeCells().get(0).substring(1),
          lang.label("Select Minerals/Metals in Scope (*):", "Minéraux/métaux du périmètre (*) :", "选择范围内的矿产/金属 (*)："),
          "scope");
    }
    // the scope cells hold the dropdown's English constants, whatever the display language
    for (int i = 0; i < layout.scopeCells().size() && i < d.mineralsInScope().size(); i++) {
      set(s, layout.scopeCells().get(i), Language.EN.metal(d.mineralsInScope().get(i)));
    }
    for (Layout.QuestionBlock b : layout.questions()) {
      labels.put(s, b.labelCell(), lang.label("Question ", "Question ", "问题 ") + b.number(), "q" + b.number());
      for (Layout.AnswerRow r : b.rows()) {
        r.mineral().ifPresent(m -> labels.put(s, r.labelCell(), lang.metal(m), "metal." + m));
      }
      for (int i = 0; i < d.minerals().size(); i++) {
        MineralAnswers m = d.minerals().get(i);
        Reply r = m.replies().get(b.question());
        if (r == null) {
          continue;
        }
        if (layout.slotted()) {
          // a slot row names its mineral in column B: the sorted scope list, English, "(*)" appended
          set(s, Layout.LABEL_COL + r.cell().substring(1), Language.EN.metal(m.mineral()) + " (*)");
        }
        setAnswer(s, r, wb);
        set(s, Layout.COMMENT_COL + r.cell().substring(1), r.comment());
      }
    }
    for (Layout.CompanyQuestionCell q : layout.companyQuestions()) {
      labels.put(s, q.labelCell(), lang.label("Question ", "Question ", "问题 ") + q.letter(), "cq." + q.letter());
      for (Layout.AnswerRow r : q.rows()) {
        r.mineral().ifPresent(m -> labels.put(s, r.labelCell(), lang.metal(m), "metal." + m));
      }
    }
    for (CompanyQuestion q : d.companyQuestions()) {
      if (layout.slotted() && q.mineral().isPresent()) {
        set(s, Layout.LABEL_COL + q.cell().substring(1), Language.EN.metal(q.mineral().get()) + " (*)");
      }
      set(s, q.cell(), q.text());
      set(s, Layout.COMMENT_COL + q.cell().substring(1), q.comment());
    }
  }

  /**
   * An answer as a supplier's file holds it: "100%" is the number 1 formatted as a percentage when
   * the version's list stores it so ({@link Layout#percentAsNumber()}), else text.
   */
  private void setAnswer(Sheet s, Reply r, Workbook wb) {
    if (r instanceof Reply.Rate rate && rate.rate() == fr.vigie.engine.declaration.ResponseRate.ALL_100
        && layout.percentAsNumber()) {
      CellStyle style = wb.createCellStyle();
      style.setDataFormat(wb.createDataFormat().getFormat("0%"));
      Cell c = cell(s, r.cell());
      c.setCellValue(1);
      c.setCellStyle(style);
    } else {
      set(s, r.cell(), r.text());
    }
  }

  private static final String[][] SMELTER_HEADERS = {
      {"Smelter Identification Number Input Column", "Colonne de saisie de l'identifiant", "冶炼厂识别号码输入列"},
      {"Metal (*)", "Métal (*)", "金属 (*)"}, {"Smelter Look-up (*)", "Recherche de fonderie (*)", "冶炼厂查找 (*)"},
      {"Smelter Name (1)", "Nom de la fonderie (1)", "冶炼厂名称 (1)"},
      {"Smelter Country (*)", "Pays de la fonderie (*)", "冶炼厂所在国家或地区 (*)"},
      {"Smelter Identification", "Identification de la fonderie", "冶炼厂识别"},
      {"Source of Smelter Identification Number", "Source de l'identifiant", "冶炼厂出处识别号"},
      {"Smelter Street", "Rue", "街道"}, {"Smelter City", "Ville", "城市"},
      {"Smelter Facility Location: State / Province", "État / province", "州/省"},
      {"Smelter Contact Name", "Contact de la fonderie", "冶炼厂联系人"},
      {"Smelter Contact Email", "E-mail du contact", "冶炼厂联系人电子邮件"},
      {"Proposed next steps", "Étapes suivantes proposées", "建议的后续步骤"},
      {"Name of Mine(s) or if recycled or scrap sourced, enter \"recycled\" or \"scrap\"", "Nom de la ou des mines", "矿井名称"},
      {"Location (Country) of Mine(s)", "Pays de la ou des mines", "矿井所在国家或地区"},
      {"Does 100% of the smelter's feedstock originate from recycled or scrap sources?", "100 % recyclé ?", "100% 回收料？"},
      {"Comments", "Commentaires", "注释"}};

  private void smelterList(List<SmelterRow> rows, Sheet s, Labels labels) {
    Layout.SmelterColumns sc = layout.smelterColumns();
    int[] cols = {sc.idInput(), sc.metal(), sc.lookup(), sc.name(), sc.country(), sc.smelterId(), sc.sourceOfId(),
        sc.street(), sc.city(), sc.state(), sc.contactName(), sc.contactEmail(), sc.nextSteps(), sc.mineNames(),
        sc.mineCountry(), sc.recycled(), sc.comments()};
    for (int i = 0; i < cols.length; i++) {
      if (cols[i] >= 0) {
        labels.put(s, CellReference.convertNumToColString(cols[i]) + Layout.LIST_HEADER_ROW,
            SMELTER_HEADERS[i][lang.ordinal()], "smelter.h" + i);
      }
    }
    for (SmelterRow r : rows) {
      Row row = s.createRow(r.row() - 1);
      set(row, sc.metal(), r.metalText());
      set(row, sc.lookup(), r.lookupText());
      set(row, sc.name(), r.name());
      set(row, sc.country(), r.countryText());
      set(row, sc.smelterId(), r.idText());
      set(row, sc.sourceOfId(), r.sourceOfId());
      set(row, sc.street(), r.street());
      set(row, sc.city(), r.city());
      set(row, sc.state(), r.state());
      set(row, sc.contactName(), r.contactName());
      set(row, sc.contactEmail(), r.contactEmail());
      set(row, sc.nextSteps(), r.nextSteps());
      set(row, sc.mineNames(), r.mineNames());
      set(row, sc.mineCountry(), r.mineCountryText());
      set(row, sc.recycled(), lang.answer(r.recycled()));
      set(row, sc.comments(), r.comments());
    }
  }

  private void mineList(List<MineRow> rows, Sheet s, Labels labels) {
    String[] headers = {"Metal", "Smelter name", "Mine name", "Mine identification", "Source of mine id",
        "Mine country", "Street", "City", "State / Province", "Contact name", "Contact email", "Next steps", "Comments"};
    for (int c = 0; c < headers.length; c++) {
      labels.put(s, CellReference.convertNumToColString(c) + Layout.LIST_HEADER_ROW, headers[c], "mine.h" + c);
    }
    for (MineRow m : rows) {
      Row row = s.createRow(m.row() - 1);
      set(row, MineCols.METAL, m.metalText());
      set(row, MineCols.SMELTER_NAME, m.smelterName());
      set(row, MineCols.MINE_NAME, m.mineName());
      set(row, MineCols.MINE_ID, m.mineId());
      set(row, MineCols.COUNTRY, m.countryText());
      set(row, MineCols.COMMENTS, m.comments());
    }
  }

  private void productList(List<ProductRow> rows, Sheet s, Labels labels) {
    Layout.ProductColumns pc = layout.productColumns();
    String[][] headers = {{"Product Number (*)", "Numéro de produit (*)", "产品编号 (*)"},
        {"Product Name", "Nom du produit", "产品名称"}, {"Requester Product Number", "Numéro du demandeur", "请求方产品编号"},
        {"Requester Product Name", "Nom chez le demandeur", "请求方产品名称"}, {"Comments", "Commentaires", "注释"}};
    int[] cols = {pc.number(), pc.name(), pc.requesterNumber(), pc.requesterName(), pc.comment()};
    for (int i = 0; i < cols.length; i++) {
      if (cols[i] >= 0) {
        labels.put(s, CellReference.convertNumToColString(cols[i]) + Layout.PRODUCT_HEADER_ROW,
            headers[i][lang.ordinal()], "product.h" + i);
      }
    }
    for (ProductRow p : rows) {
      Row row = s.createRow(p.row() - 1);
      set(row, pc.number(), p.number());
      set(row, pc.name(), p.name());
      set(row, pc.requesterNumber(), p.requesterNumber());
      set(row, pc.requesterName(), p.requesterName());
      set(row, pc.comment(), p.comment());
    }
  }

  static Cell cell(Sheet s, String a1) {
    CellReference ref = new CellReference(a1);
    Row row = s.getRow(ref.getRow());
    if (row == null) {
      row = s.createRow(ref.getRow());
    }
    Cell c = row.getCell(ref.getCol());
    return c == null ? row.createCell(ref.getCol()) : c;
  }

  private static void set(Sheet s, String a1, String value) {
    if (value != null && !value.isEmpty()) {
      cell(s, a1).setCellValue(value);
    }
  }

  private static void set(Row row, int col, String value) {
    if (col >= 0 && value != null && !value.isEmpty()) {
      row.createCell(col).setCellValue(value);
    }
  }

  private static void setDate(Sheet s, String a1, LocalDate date, Workbook wb) {
    CellStyle style = wb.createCellStyle();
    style.setDataFormat(wb.createDataFormat().getFormat("dd-mmm-yyyy"));
    Cell c = cell(s, a1);
    c.setCellValue(date);
    c.setCellStyle(style);
  }

  /** Writes labels into the translation sheet and formulas pointing at them, cached in one language. */
  private static final class Labels {
    private final Language lang;
    private final Sheet l;
    private int next = 2;
    private final java.util.Map<String, Integer> rows = new java.util.HashMap<>();

    Labels(Sheet translations, Language lang) {
      this.l = translations;
      this.lang = lang;
      cell(l, "A1").setCellValue("key");
      cell(l, "B1").setCellValue("English");
      cell(l, "C1").setCellValue("Français");
      cell(l, "D1").setCellValue("中文");
    }

    void put(Sheet target, String a1, String text, String key) {
      Integer row = rows.get(key);
      if (row == null) {
        row = next++;
        rows.put(key, row);
        cell(l, "A" + row).setCellValue(key);
        cell(l, lang.column() + row).setCellValue(text);
      }
      Cell c = cell(target, a1);
      c.setCellFormula(Layout.TRANSLATIONS + "!$" + lang.column() + "$" + row);
      c.setCellValue(text);
    }
  }
}
