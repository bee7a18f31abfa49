package fr.vigie.engine.declaration.generate;

import fr.vigie.engine.declaration.Answer;
import fr.vigie.engine.declaration.Company;
import fr.vigie.engine.declaration.CompanyQuestion;
import fr.vigie.engine.declaration.Contact;
import fr.vigie.engine.declaration.Declaration;
import fr.vigie.engine.declaration.LookupKind;
import fr.vigie.engine.declaration.MineRow;
import fr.vigie.engine.declaration.MineralAnswers;
import fr.vigie.engine.declaration.ProductRow;
import fr.vigie.engine.declaration.Question;
import fr.vigie.engine.declaration.Reply;
import fr.vigie.engine.declaration.ResponseRate;
import fr.vigie.engine.declaration.Scope;
import fr.vigie.engine.declaration.SmelterRow;
import fr.vigie.engine.declaration.Template;
import fr.vigie.engine.declaration.read.DeclarationReader;
import fr.vigie.engine.declaration.read.Layout;
import fr.vigie.engine.mineral.MineralId;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;

/**
 * Synthetic declarations whose typed values are set explicitly (so a test can compare what it
 * wrote with what the reader gives back). {@link #clean} gives a declaration that passes every
 * rule; with {@code redFlags} some smelter rows are unidentified, not listed or in a CAHRA country,
 * as in real supplier files. Names, ids and companies are invented.
 */
public final class SampleDeclarations {
  private SampleDeclarations() {}

  /** A country of the sample pool: ISO codes and the names suppliers write. */
  public record SampleCountry(String alpha2, String alpha3, int numeric, String en, String fr, boolean cahra) {}

  /** Countries used by generated smelter and mine rows (RMI-style English spellings). */
  public static final List<SampleCountry> COUNTRIES = List.of(
      new SampleCountry("CN", "CHN", 156, "China", "Chine", false),
      new SampleCountry("ID", "IDN", 360, "Indonesia", "Indonésie", false),
      new SampleCountry("MY", "MYS", 458, "Malaysia", "Malaisie", false),
      new SampleCountry("PE", "PER", 604, "Peru", "Pérou", false),
      new SampleCountry("BR", "BRA", 76, "Brazil", "Brésil", false),
      new SampleCountry("JP", "JPN", 392, "Japan", "Japon", false),
      new SampleCountry("DE", "DEU", 276, "Germany", "Allemagne", false),
      new SampleCountry("TH", "THA", 764, "Thailand", "Thaïlande", false),
      new SampleCountry("AU", "AUS", 36, "Australia", "Australie", false),
      new SampleCountry("CL", "CHL", 152, "Chile", "Chili", false),
      new SampleCountry("ZA", "ZAF", 710, "South Africa", "Afrique du Sud", false),
      new SampleCountry("US", "USA", 840, "United States of America", "États-Unis", false),
      new SampleCountry("RU", "RUS", 643, "Russian Federation", "Russie", false),
      new SampleCountry("KR", "KOR", 410, "Korea, Republic of", "Corée du Sud", false),
      new SampleCountry("BO", "BOL", 68, "Bolivia (Plurinational State of)", "Bolivie", false),
      new SampleCountry("CD", "COD", 180, "Congo, Democratic Republic of the", "République démocratique du Congo", true),
      new SampleCountry("RW", "RWA", 646, "Rwanda", "Rwanda", true));

  private static final List<MineralId> EMRT2_MINERALS = ids("cobalt", "copper", "natural_graphite", "lithium", "mica", "nickel");
  private static final List<MineralId> AMRT_MINERALS =
      ids("aluminium", "silver", "zinc", "platinum", "palladium", "manganese", "rare_earths");
  private static final String[] PREFIXES = {"Jiangxi", "Yunnan", "Minas", "Bangka", "Kazakh", "Andes", "Rhein",
      "Pacific", "Ural", "Kivu", "Hunan", "Nordic", "Sierra", "Kyushu", "Transvaal"};
  private static final String[] SUFFIXES = {"Co., Ltd.", "S.A.", "GmbH", "Corporation", "Ltd.", "Inc.", "PT Tbk"};
  /** Distinct smelters per metal in the pool. */
  public static final int POOL_PER_METAL = 600;

  static List<MineralId> ids(String... s) {
    return java.util.Arrays.stream(s).map(MineralId::of).toList();
  }

  /** The sample smelter {@code k} of a metal: stable id, name and country across files. */
  public static String smelterName(MineralId metal, int k) {
    String metalName = Language.EN.metal(metal);
    return PREFIXES[k % PREFIXES.length] + " " + metalName + " Refinery " + (k / PREFIXES.length + 1) + " "
        + SUFFIXES[k % SUFFIXES.length];
  }

  public static String smelterId(MineralId metal, int k) {
    int metalIndex = Math.floorMod(metal.value().hashCode(), 900);
    return String.format(Locale.ROOT, "CID%06d", metalIndex * 1000 + k + 1);
  }

  /** One pool smelter in 25 is located in a CAHRA country (DRC or Rwanda). */
  public static boolean isCahraSmelter(int k) {
    return k % 25 == 0;
  }

  /** Country of pool smelter {@code k}, the same in every generated file. */
  public static SampleCountry poolCountry(int k) {
    if (isCahraSmelter(k)) {
      List<SampleCountry> cahra = COUNTRIES.stream().filter(SampleCountry::cahra).toList();
      return cahra.get((k / 25) % cahra.size());
    }
    return smelterCountry(k);
  }

  /** A country that is never a CAHRA country, for mines and clean rows. */
  public static SampleCountry smelterCountry(int k) {
    List<SampleCountry> safe = COUNTRIES.stream().filter(c -> !c.cahra()).toList();
    return safe.get(k % safe.size());
  }

  private static String countryText(SampleCountry c, Language lang) {
    return lang == Language.FR ? c.fr() : c.en();
  }

  /**
   * A declaration that passes every validation rule.
   *
   * @param smelterCount number of smelter rows (at least one per mineral in scope)
   * @param effective effective date to write (must be within the last 12 months of the
   *     validator's clock for the declaration to stay clean)
   */
  public static Declaration clean(Layout layout, String version, Language lang, long seed, int smelterCount,
      LocalDate effective) {
    return generate(layout, version, lang, seed, smelterCount, effective, false);
  }

  public static Declaration generate(Layout layout, String version, Language lang, long seed, int smelterCount,
      LocalDate effective, boolean redFlags) {
    Random rnd = new Random(seed);
    List<MineralId> scope = scope(layout, rnd);
    Company company = new Company("Supplier " + seed + " Industries SAS", Scope.COMPANY, lang.scope(Scope.COMPANY), "",
        "SIREN-" + (100000000 + Math.floorMod(seed, 899999999)), "INSEE", "1 rue de l'Usine, 69000 Lyon",
        new Contact("Claire Martin", "claire.martin@supplier" + seed + ".example", "+33 4 72 00 00 00"),
        new Contact("Paul Durand", "paul.durand@supplier" + seed + ".example", "+33 4 72 00 00 01"),
        "Directeur achats", Optional.of(effective), effective.toString());
    List<MineralAnswers> answers = new ArrayList<>();
    for (int i = 0; i < scope.size(); i++) {
      Map<Question, Reply> replies = new EnumMap<>(Question.class);
      for (Layout.QuestionBlock b : layout.questions()) {
        Optional<Layout.AnswerRow> row = row(b.rows(), scope.get(i), i);
        if (row.isEmpty()) {
          continue;
        }
        String cell = row.get().answerCell();
        if (b.question().isRate()) {
          ResponseRate r = rnd.nextBoolean() ? ResponseRate.ALL_100 : ResponseRate.GREATER_THAN_90;
          replies.put(b.question(), new Reply.Rate(cell, lang.rate(r), "", r));
        } else {
          Answer a = switch (b.question()) {
            case COVERED_COUNTRIES, CAHRA_SOURCING, RECYCLED_OR_SCRAP_100 -> Answer.NO;
            default -> Answer.YES;
          };
          replies.put(b.question(), new Reply.Choice(cell, lang.answer(a), "", a));
        }
      }
      answers.add(new MineralAnswers(scope.get(i), replies));
    }
    List<CompanyQuestion> cqs = new ArrayList<>();
    for (Layout.CompanyQuestionCell q : layout.companyQuestions()) {
      for (int i = 0; i < (q.perMineral() ? scope.size() : 1); i++) {
        Optional<Layout.AnswerRow> row = q.perMineral() ? row(q.rows(), scope.get(i), i) : Optional.of(q.rows().get(0));
        if (row.isEmpty()) {
          continue;
        }
        cqs.add(new CompanyQuestion(q.letter(), q.perMineral() ? Optional.of(scope.get(i)) : Optional.empty(),
            row.get().answerCell(), lang.answer(Answer.YES), Answer.YES,
            q.letter() == 'B' ? "https://supplier" + seed + ".example/responsible-sourcing" : ""));
      }
    }
    List<SmelterRow> smelters = smelters(scope, lang, rnd, Math.max(smelterCount, scope.size()), redFlags);
    if (layout.smelterColumns().lookup() < 0) {
      smelters = smelters.stream().map(SampleDeclarations::withoutLookup).toList();
    }
    List<MineRow> mines = new ArrayList<>();
    if (layout.mineList()) {
      int row = Layout.LIST_FIRST_ROW;
      for (MineralId m : scope) {
        SampleCountry c = smelterCountry(rnd.nextInt(100));
        SmelterRow s = smelters.stream().filter(r -> r.metal().equals(Optional.of(m))).findFirst().orElseThrow();
        mines.add(new MineRow(row++, Optional.of(m), lang.metal(m), s.name(), "Mine " + m + " " + (row - 4),
            "", countryText(c, lang), Optional.of(c.alpha3()), ""));
      }
    }
    List<ProductRow> products = List.of(
        new ProductRow(Layout.PRODUCT_FIRST_ROW, "P-" + seed + "-001", "Connector", "", "", ""),
        new ProductRow(Layout.PRODUCT_FIRST_ROW + 1, "P-" + seed + "-002", "Battery pack",
            layout.productColumns().requester() ? "REQ-" + seed : "", "", "2026 range"));
    return new Declaration(layout.template(), version, company, scope, answers, cqs, smelters, mines, products);
  }

  /**
   * The answer row of a mineral: the row fixed to it, or the slot of its rank in the sorted scope;
   * empty when the question has no row for it (EMRT 1.x asks Q4 of cobalt only).
   */
  public static Optional<Layout.AnswerRow> row(List<Layout.AnswerRow> rows, MineralId mineral, int rank) {
    if (rows.stream().anyMatch(r -> r.mineral().isPresent())) {
      return rows.stream().filter(r -> r.mineral().equals(Optional.of(mineral))).findFirst();
    }
    return rank < rows.size() ? Optional.of(rows.get(rank)) : Optional.empty();
  }

  private static List<MineralId> scope(Layout layout, Random rnd) {
    if (!layout.fixedMinerals().isEmpty()) {
      return layout.fixedMinerals();
    }
    List<MineralId> pool = new ArrayList<>(layout.template() == Template.EMRT ? EMRT2_MINERALS : AMRT_MINERALS);
    java.util.Collections.shuffle(pool, rnd);
    List<MineralId> chosen = new ArrayList<>(pool.subList(0, 1 + rnd.nextInt(Math.min(pool.size(), layout.scopeCells().size()))));
    chosen.sort(Comparator.comparing(DeclarationReader::englishName));
    return List.copyOf(chosen);
  }

  private static List<SmelterRow> smelters(List<MineralId> scope, Language lang, Random rnd, int count,
      boolean redFlags) {
    List<SmelterRow> out = new ArrayList<>();
    Set<String> used = new HashSet<>();
    count = Math.min(count, scope.size() * (POOL_PER_METAL - POOL_PER_METAL / 25));
    for (int i = 0; i < count; i++) {
      MineralId m = scope.get(i % scope.size());
      int k;
      do {
        k = rnd.nextInt(POOL_PER_METAL);
      } while ((!redFlags && isCahraSmelter(k)) || !used.add(m + "|" + k));
      int row = Layout.LIST_FIRST_ROW + i;
      double dice = redFlags ? rnd.nextDouble() : 1;
      SampleCountry mineCountry = smelterCountry(k + 3);
      if (dice < 0.06) {
        out.add(row(row, m, lang, LookupKind.NOT_YET_IDENTIFIED, lang.lookup(LookupKind.NOT_YET_IDENTIFIED, ""),
            "Unknown", "", Optional.empty(), "", mineCountry));
        continue;
      }
      String name = smelterName(m, k);
      SampleCountry c = poolCountry(k);
      if (dice < 0.16) {
        // not listed: typed by hand, no id, spelled differently
        out.add(row(row, m, lang, LookupKind.NOT_LISTED, lang.lookup(LookupKind.NOT_LISTED, ""),
            name.toUpperCase(Locale.ROOT).replace(".", "").replace(",", ""), countryText(c, lang),
            Optional.of(c.alpha3()), "", mineCountry));
        continue;
      }
      out.add(row(row, m, lang, LookupKind.LISTED, name, name, countryText(c, lang), Optional.of(c.alpha3()),
          smelterId(m, k), mineCountry));
    }
    return out;
  }

  private static SmelterRow row(int row, MineralId m, Language lang, LookupKind kind, String lookupText, String name,
      String countryText, Optional<String> country, String id, SampleCountry mine) {
    boolean identified = kind != LookupKind.NOT_YET_IDENTIFIED;
    return new SmelterRow(row, Optional.of(m), lang.metal(m), lookupText, kind, name, countryText, country,
        id.isEmpty() ? Optional.empty() : Optional.of(id), id, id.isEmpty() ? "" : "RMI",
        identified ? "Zone industrielle " + row : "", identified ? "City " + row : "", "", "", "", "",
        identified ? "Mine " + row : "", identified ? countryText(mine, lang) : "",
        identified ? List.of(mine.alpha3()) : List.of(), Answer.NO, "");
  }

  /** A row of a version without look-up column (AMRT 1.2): listed when it has an id, else typed by hand. */
  private static SmelterRow withoutLookup(SmelterRow r) {
    LookupKind kind = r.smelterId().isPresent() ? LookupKind.LISTED : LookupKind.NOT_LISTED;
    return new SmelterRow(r.row(), r.metal(), r.metalText(), "", kind, r.name(), r.countryText(), r.country(),
        r.smelterId(), r.idText(), r.sourceOfId(), r.street(), r.city(), r.state(), r.contactName(), r.contactEmail(),
        r.nextSteps(), r.mineNames(), r.mineCountryText(), r.mineCountries(), r.recycled(), r.comments());
  }

  // --- copies with one part replaced, for tests that craft a faulty declaration ---

  public static Declaration withCompany(Declaration d, Company c) {
    return new Declaration(d.template(), d.version(), c, d.mineralsInScope(), d.minerals(), d.companyQuestions(),
        d.smelters(), d.mines(), d.products());
  }

  public static Declaration withMinerals(Declaration d, List<MineralId> scope, List<MineralAnswers> answers) {
    return new Declaration(d.template(), d.version(), d.company(), scope, answers, d.companyQuestions(),
        d.smelters(), d.mines(), d.products());
  }

  public static Declaration withCompanyQuestions(Declaration d, List<CompanyQuestion> q) {
    return new Declaration(d.template(), d.version(), d.company(), d.mineralsInScope(), d.minerals(), q,
        d.smelters(), d.mines(), d.products());
  }

  public static Declaration withSmelters(Declaration d, List<SmelterRow> s) {
    return new Declaration(d.template(), d.version(), d.company(), d.mineralsInScope(), d.minerals(),
        d.companyQuestions(), s, d.mines(), d.products());
  }

  public static Declaration withMines(Declaration d, List<MineRow> m) {
    return new Declaration(d.template(), d.version(), d.company(), d.mineralsInScope(), d.minerals(),
        d.companyQuestions(), d.smelters(), m, d.products());
  }

  public static Declaration withProducts(Declaration d, List<ProductRow> p) {
    return new Declaration(d.template(), d.version(), d.company(), d.mineralsInScope(), d.minerals(),
        d.companyQuestions(), d.smelters(), d.mines(), p);
  }
}
