package fr.vigie.engine.declaration.read;

import fr.vigie.engine.declaration.Question;
import fr.vigie.engine.declaration.Template;
import fr.vigie.engine.declaration.read.Layout.AnswerRow;
import fr.vigie.engine.declaration.read.Layout.CompanyQuestionCell;
import fr.vigie.engine.declaration.read.Layout.ProductColumns;
import fr.vigie.engine.declaration.read.Layout.QuestionBlock;
import fr.vigie.engine.declaration.read.Layout.SmelterColumns;
import fr.vigie.engine.io.YamlNode;
import fr.vigie.engine.io.YamlReader;
import fr.vigie.engine.mineral.MineralId;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.apache.poi.ss.util.CellReference;

/**
 * The layouts of every published template version, read once from the curated resource {@code
 * fr/vigie/engine/declaration/rmi-layouts.yaml} (facts read cell by cell from the official blank
 * files; provenance in the resource and in docs/declarations.md). One entry per version, no code
 * per version.
 */
public final class Layouts {
  private Layouts() {}

  static final String RESOURCE = "/fr/vigie/engine/declaration/rmi-layouts.yaml";

  /** Every described version, in the order of the resource (family, then version). */
  public static final List<Layout> ALL = load();

  /** The layout of exactly this template version. */
  public static Optional<Layout> exact(Template t, String version) {
    return ALL.stream().filter(l -> l.template() == t && l.version().equals(version)).findFirst();
  }

  /** The layout of exactly this version; for callers that name a published version. */
  public static Layout get(Template t, String version) {
    return exact(t, version).orElseThrow(() -> new IllegalArgumentException("no layout for " + t + " " + version));
  }

  /** The newest described version of a family. */
  public static Layout latest(Template t) {
    return ALL.stream().filter(l -> l.template() == t).max(Comparator.comparing(l -> number(l.version())))
        .orElseThrow();
  }

  /**
   * The layout for a template and revision. A described revision matches exactly; another revision
   * of a described major version (e.g. CMRT 6.6, AMRT 1.1) is read with the nearest described
   * revision of that major (the highest one below it, else the lowest above), and the reader adds
   * a finding. Other majors have no layout.
   */
  public static Optional<Layout> find(Template t, String version) {
    Optional<Layout> exact = exact(t, version);
    if (exact.isPresent()) {
      return exact;
    }
    String major = major(version);
    double n = number(version);
    List<Layout> sameMajor = ALL.stream().filter(l -> l.template() == t && major(l.version()).equals(major)).toList();
    Optional<Layout> below = sameMajor.stream().filter(l -> number(l.version()) <= n)
        .max(Comparator.comparing(l -> number(l.version())));
    return below.isPresent() ? below
        : sameMajor.stream().min(Comparator.comparing(l -> number(l.version())));
  }

  private static String major(String version) {
    int dot = version.indexOf('.');
    return dot < 0 ? version : version.substring(0, dot);
  }

  private static double number(String version) {
    try {
      return Double.parseDouble(version);
    } catch (NumberFormatException e) {
      return 0;
    }
  }

  private static List<Layout> load() {
    YamlNode root;
    try (InputStream in = Layouts.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + RESOURCE);
      }
      root = YamlReader.read(RESOURCE, in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    List<Layout> out = new ArrayList<>();
    for (YamlNode v : seq(get(root, "versions"))) {
      out.add(layout(v));
    }
    return List.copyOf(out);
  }

  private static Layout layout(YamlNode v) {
    Template t = Template.valueOf(str(v, "template"));
    String version = str(v, "version");
    Map<Field, String> fields = new EnumMap<>(Field.class);
    YamlNode f = get(v, "fields");
    for (Field field : Field.values()) {
      fields.put(field, str(f, field.yamlKey()));
    }
    List<MineralId> fixed = opt(v, "minerals").map(Layouts::minerals).orElse(List.of());
    List<String> scope = opt(v, "scope_cells").map(Layouts::strings).orElse(List.of());
    List<String> other = opt(v, "scope_other_cells").map(Layouts::strings).orElse(List.of());
    List<QuestionBlock> questions = new ArrayList<>();
    int number = 1;
    for (YamlNode q : seq(get(v, "questions"))) {
      Question meaning = Question.valueOf(str(q, "meaning").toUpperCase(Locale.ROOT));
      questions.add(new QuestionBlock(str(q, "id"), number++, meaning, str(q, "label"), rows(q)));
    }
    List<CompanyQuestionCell> company = new ArrayList<>();
    for (YamlNode q : opt(v, "company_questions").map(Layouts::seq).orElse(List.of())) {
      company.add(new CompanyQuestionCell(str(q, "id").charAt(0), str(q, "label"), rows(q)));
    }
    YamlNode sl = get(v, "smelter_list");
    SmelterColumns smelters = switch (str(sl, "columns")) {
      case "standard" -> SmelterColumns.STANDARD;
      case "amrt_1.2" -> SmelterColumns.AMRT_12;
      default -> throw new IllegalStateException(RESOURCE + ": unknown smelter columns for " + t + " " + version);
    };
    YamlNode pl = get(v, "product_list");
    ProductColumns products = new ProductColumns(col(pl, "number"), col(pl, "name"), col(pl, "requester_number"),
        col(pl, "requester_name"), col(pl, "comment"));
    boolean mineList = Boolean.parseBoolean(str(v, "mine_list"));
    boolean percentNumber = str(v, "percent_100").equals("number");
    return new Layout(t, version, str(v, "revision_title"), fields, scope, other, fixed, questions, company,
        smelters, mineList, products, percentNumber, strings(get(v, "languages")));
  }

  private static List<AnswerRow> rows(YamlNode q) {
    List<String> rows = strings(get(q, "rows"));
    boolean slots = opt(q, "slots").map(n -> ((YamlNode.Scalar) n).text().equals("true")).orElse(false);
    List<MineralId> minerals = slots ? List.of() : opt(q, "minerals").map(Layouts::minerals).orElse(List.of());
    List<AnswerRow> out = new ArrayList<>();
    for (int i = 0; i < rows.size(); i++) {
      Optional<MineralId> m = i < minerals.size() ? Optional.of(minerals.get(i)) : Optional.empty();
      out.add(new AnswerRow(Integer.parseInt(rows.get(i)), m));
    }
    return out;
  }

  private static int col(YamlNode n, String key) {
    return opt(n, key).map(c -> CellReference.convertColStringToIndex(((YamlNode.Scalar) c).text())).orElse(-1);
  }

  private static List<MineralId> minerals(YamlNode n) {
    return strings(n).stream().map(MineralId::of).toList();
  }

  private static YamlNode get(YamlNode n, String key) {
    return opt(n, key).orElseThrow(() -> new IllegalStateException(RESOURCE + ":" + n.line() + ": missing " + key));
  }

  private static Optional<YamlNode> opt(YamlNode n, String key) {
    if (n instanceof YamlNode.Mapping m && m.entries().containsKey(key)) {
      return Optional.of(m.entries().get(key).value());
    }
    return Optional.empty();
  }

  private static String str(YamlNode n, String key) {
    return ((YamlNode.Scalar) get(n, key)).text();
  }

  private static List<YamlNode> seq(YamlNode n) {
    return ((YamlNode.Sequence) n).items();
  }

  private static List<String> strings(YamlNode n) {
    return seq(n).stream().map(i -> ((YamlNode.Scalar) i).text()).toList();
  }
}
