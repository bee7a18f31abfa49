package fr.vigie.engine.declaration.read;

import fr.vigie.engine.declaration.Answer;
import fr.vigie.engine.declaration.LookupKind;
import fr.vigie.engine.declaration.ResponseRate;
import fr.vigie.engine.declaration.Scope;
import fr.vigie.engine.mineral.MineralId;
import java.text.Normalizer;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.ss.usermodel.DateUtil;

/**
 * Language-independent readings of template answers: the ten languages of the templates write
 * "Yes" as "Oui", "是", "はい"...; this class maps them (and the English dropdown values) to enums.
 */
public final class Values {
  private Values() {}

  private static final Pattern MARKS = Pattern.compile("\\p{M}");
  private static final Pattern PUNCT = Pattern.compile("[\\p{Punct}\\s]+");
  private static final Map<String, Answer> ANSWERS = new HashMap<>();
  private static final Map<String, MineralId> METALS = new HashMap<>();

  private static void answers(Answer a, String... words) {
    for (String w : words) {
      ANSWERS.put(key(w), a);
    }
  }

  private static void metal(String id, String... words) {
    for (String w : words) {
      METALS.put(key(w), MineralId.of(id));
    }
  }

  static {
    answers(Answer.YES, "yes", "oui", "是", "はい", "예", "sim", "ja", "sí", "si", "evet", "y", "true");
    answers(Answer.NO, "no", "non", "否", "不", "いいえ", "아니요", "아니오", "não", "nein", "hayır", "n", "false");
    answers(Answer.UNKNOWN, "unknown", "inconnu", "inconnue", "未知", "不明", "알 수 없음", "desconhecido",
        "unbekannt", "desconocido", "sconosciuto", "bilinmiyor", "ne sait pas");
    answers(Answer.NOT_DECLARING, "not declaring", "ne declare pas", "non declare", "未申报", "不申报");
    answers(Answer.NOT_APPLICABLE, "not applicable for this declaration", "not applicable", "n/a",
        "sans objet", "non applicable", "不适用");
    metal("tantalum", "tantalum", "tantale", "钽", "タンタル", "탄탈륨", "tântalo", "tantal", "tántalo", "tantalio");
    metal("tin", "tin", "étain", "锡", "スズ", "주석", "estanho", "zinn", "estaño", "stagno", "kalay");
    metal("gold", "gold", "or", "金", "금", "ouro", "oro", "altın");
    metal("tungsten", "tungsten", "tungstène", "钨", "タングステン", "텅스텐", "tungstênio", "wolfram",
        "tungsteno", "volfram");
    metal("cobalt", "cobalt", "钴", "コバルト", "코발트", "cobalto", "kobalt");
    metal("mica", "mica", "natural mica", "mica naturel", "云母", "天然云母", "マイカ", "운모", "glimmer");
    metal("copper", "copper", "cuivre", "铜", "銅", "구리", "cobre", "kupfer", "rame", "bakır");
    metal("natural_graphite", "graphite", "natural graphite", "graphite naturel", "石墨", "黒鉛", "흑연",
        "grafite", "graphit", "grafito", "grafite naturale");
    metal("lithium", "lithium", "锂", "リチウム", "리튬", "lítio", "litio", "lityum");
    metal("nickel", "nickel", "镍", "ニッケル", "니켈", "níquel", "niquel", "nichel", "nikel");
    metal("aluminium", "aluminium", "aluminum", "铝", "aluminio", "alumínio");
    metal("chromium", "chromium", "chrome", "铬", "cromo", "chrom");
    metal("silver", "silver", "argent", "银", "plata", "prata", "silber", "argento");
    metal("zinc", "zinc", "锌", "zinco", "zink");
    metal("rare_earths", "rare earth elements", "rare earths", "terres rares", "稀土");
    metal("manganese", "manganese", "manganèse", "锰");
    metal("platinum", "platinum", "platine", "铂");
    metal("palladium", "palladium", "钯");
    metal("iridium", "iridium", "铱");
    metal("rhodium", "rhodium", "铑");
    metal("ruthenium", "ruthenium", "钌");
    metal("lime", "lime", "chaux");
    metal("soda_ash", "soda ash", "carbonate de sodium");
    metal("molybdenum", "molybdenum", "molybdène", "钼");
    metal("lead", "lead", "plomb", "铅");
    metal("cadmium", "cadmium", "镉");
    metal("selenium", "selenium", "sélénium", "硒");
    metal("tellurium", "tellurium", "tellure", "碲");
    metal("rhenium", "rhenium", "rhénium", "铼");
  }

  /** Matching key: lower case, accents removed, punctuation folded to single spaces. */
  public static String key(String text) {
    String s = MARKS.matcher(Normalizer.normalize(text.strip(), Normalizer.Form.NFD)).replaceAll("");
    return PUNCT.matcher(s.toLowerCase(Locale.ROOT)).replaceAll(" ").strip();
  }


  /** Yes/No/Unknown... in any supported language; longer answers are read by their first words. */
  public static Answer answer(String text) {
    if (text == null || text.isBlank()) {
      return Answer.BLANK;
    }
    String k = key(text);
    Answer a = ANSWERS.get(k);
    if (a != null) {
      return a;
    }
    // "Yes, with the SEC", "Oui, conformément à IPC1755": read the first word
    int cut = k.indexOf(' ');
    if (cut > 0) {
      Answer first = ANSWERS.get(k.substring(0, cut));
      if (first == Answer.YES || first == Answer.NO) {
        return first;
      }
    }
    for (Map.Entry<String, Answer> e : ANSWERS.entrySet()) {
      if (e.getKey().length() > 1 && !e.getKey().chars().allMatch(c -> c < 128) && k.startsWith(e.getKey())) {
        return e.getValue();
      }
    }
    return Answer.UNRECOGNISED;
  }

  private static final Pattern NUMBER = Pattern.compile("(\\d{1,3})\\s*%?");

  /**
   * Response-rate band. The bands are told apart by their numbers (100, 90, 75, 50), which all
   * languages keep; "50% or less" is told from "greater than 50%" by its wording.
   */
  public static ResponseRate rate(String text) {
    if (text == null || text.isBlank()) {
      return ResponseRate.BLANK;
    }
    String k = key(text);
    if (k.equals("1") || k.equals("100") || k.equals("1 0") || k.startsWith("100")) {
      return ResponseRate.ALL_100;
    }
    Matcher m = NUMBER.matcher(k);
    if (m.find()) {
      return switch (m.group(1)) {
        case "90" -> ResponseRate.GREATER_THAN_90;
        case "75" -> ResponseRate.GREATER_THAN_75;
        case "50" -> lessWording(k) ? ResponseRate.FIFTY_OR_LESS : ResponseRate.GREATER_THAN_50;
        default -> ResponseRate.UNRECOGNISED;
      };
    }
    if (k.startsWith("none") || k.startsWith("aucun") || k.equals("无") || k.equals("なし") || k.equals("없음")
        || k.equals("ninguno") || k.equals("nenhum") || k.equals("keine")) {
      return ResponseRate.NONE;
    }
    if (k.contains("did not survey") || k.contains("pas d enquete") || k.contains("未调查") || k.contains("not survey")) {
      return ResponseRate.DID_NOT_SURVEY;
    }
    if (answer(k) == Answer.UNKNOWN) {
      return ResponseRate.UNKNOWN;
    }
    return ResponseRate.UNRECOGNISED;
  }

  private static boolean lessWording(String k) {
    return k.contains("less") || k.contains("moins") || k.contains("以下") || k.contains("或更少")
        || k.contains("menos") || k.contains("weniger") || k.contains("meno") || k.contains("이하")
        || k.contains("veya daha az") || k.contains("<=");
  }

  /** Scope: by its leading letter A/B/C (kept in every language), else by keyword. */
  public static Scope scope(String text) {
    if (text == null || text.isBlank()) {
      return Scope.BLANK;
    }
    String t = text.strip();
    if (t.length() >= 2 && (t.charAt(1) == '.' || t.charAt(1) == ')' || t.charAt(1) == ' ')) {
      switch (Character.toUpperCase(t.charAt(0))) {
        case 'A' -> {
          return Scope.COMPANY;
        }
        case 'B' -> {
          return Scope.PRODUCT;
        }
        case 'C' -> {
          return Scope.USER_DEFINED;
        }
        default -> {}
      }
    }
    String k = key(t);
    if (k.startsWith("company") || k.startsWith("entreprise") || k.startsWith("societe") || k.startsWith("公司")) {
      return Scope.COMPANY;
    }
    if (k.startsWith("product") || k.startsWith("produit") || k.startsWith("产品")) {
      return Scope.PRODUCT;
    }
    if (k.startsWith("user defined") || k.startsWith("defini par") || k.startsWith("用户")) {
      return Scope.USER_DEFINED;
    }
    return Scope.UNRECOGNISED;
  }

  /** The metal of a smelter or mine row, or a mineral in scope, in any supported language. */
  public static Optional<MineralId> metal(String text) {
    if (text == null || text.isBlank()) {
      return Optional.empty();
    }
    String k = key(text);
    MineralId m = METALS.get(k);
    if (m == null && k.contains(" ")) {
      m = METALS.get(k.substring(0, k.indexOf(' ')));
    }
    return Optional.ofNullable(m);
  }

  /** What the Smelter Look-up column says. */
  public static LookupKind lookup(String text) {
    if (text == null || text.isBlank()) {
      return LookupKind.BLANK;
    }
    String k = key(text);
    if (k.contains("not yet identified") || k.contains("pas encore identifie") || k.contains("尚未识别")
        || k.contains("未识别") || k.contains("noch nicht identifiziert") || k.contains("aun no identificad")) {
      return LookupKind.NOT_YET_IDENTIFIED;
    }
    if (k.contains("not listed") || k.contains("non repertori") || k.contains("non liste") || k.contains("未列出")
        || k.contains("nicht aufgefuhrt") || k.contains("no listad")) {
      return LookupKind.NOT_LISTED;
    }
    return LookupKind.LISTED;
  }

  private static final Pattern CID = Pattern.compile("(?i)^\\s*CID[\\s\\-_#:]*(\\d{1,6})\\s*$");
  private static final Pattern DIGITS = Pattern.compile("^\\s*(\\d{1,6})\\s*$");

  /** Normalised smelter id: {@code CID} followed by 6 digits; empty when the text is no id. */
  public static Optional<String> smelterId(String text) {
    if (text == null || text.isBlank()) {
      return Optional.empty();
    }
    Matcher m = CID.matcher(text);
    if (!m.matches()) {
      m = DIGITS.matcher(text);
      if (!m.matches()) {
        return Optional.empty();
      }
    }
    int n = Integer.parseInt(m.group(1));
    return n == 0 ? Optional.empty() : Optional.of(String.format(Locale.ROOT, "CID%06d", n));
  }

  private static final List<DateTimeFormatter> DATE_FORMATS = List.of(
      formatter("d-MMM-uuuu"), formatter("d MMM uuuu"), formatter("uuuu-M-d"), formatter("d/M/uuuu"),
      formatter("d.M.uuuu"), formatter("d-MMM-uu"), formatter("uuuu/M/d"));

  private static DateTimeFormatter formatter(String pattern) {
    return new DateTimeFormatterBuilder().parseCaseInsensitive().appendPattern(pattern)
        .toFormatter(Locale.ENGLISH).withResolverStyle(ResolverStyle.STRICT);
  }

  /**
   * A date from a cell: an Excel date (or serial number in the plausible range), or text in one of
   * the formats dd-MMM-yyyy, yyyy-MM-dd, dd/MM/yyyy (day first, as the template asks), dd.MM.yyyy,
   * yyyy/MM/dd, or Chinese/Japanese {@code 2025年4月25日}.
   */
  public static Optional<LocalDate> date(Cell c) {
    if (c == null) {
      return Optional.empty();
    }
    if (c.kind() == Cell.Kind.DATE || (c.kind() == Cell.Kind.NUMBER && c.number() > 20_000 && c.number() < 80_000)) {
      return Optional.of(DateUtil.getLocalDateTime(c.number()).toLocalDate());
    }
    return date(c.text());
  }

  private static final Pattern CJK_DATE = Pattern.compile("^(\\d{4})\\s*年\\s*(\\d{1,2})\\s*月\\s*(\\d{1,2})\\s*日?$");

  public static Optional<LocalDate> date(String text) {
    if (text == null || text.isBlank()) {
      return Optional.empty();
    }
    String t = text.strip();
    for (DateTimeFormatter f : DATE_FORMATS) {
      try {
        return Optional.of(LocalDate.parse(t, f));
      } catch (DateTimeParseException e) {
        // next format
      }
    }
    Matcher m = CJK_DATE.matcher(t);
    if (m.matches()) {
      try {
        return Optional.of(LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
            Integer.parseInt(m.group(3))));
      } catch (java.time.DateTimeException e) {
        return Optional.empty();
      }
    }
    return Optional.empty();
  }
}
