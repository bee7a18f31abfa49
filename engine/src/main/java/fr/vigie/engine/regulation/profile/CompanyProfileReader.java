package fr.vigie.engine.regulation.profile;

import fr.vigie.engine.kernel.ProblemException;
import fr.vigie.engine.kernel.Problem;
import fr.vigie.engine.mineral.MineralId;
import fr.vigie.engine.mineral.Minerals;
import fr.vigie.engine.io.Fields;
import fr.vigie.engine.io.YamlNode;
import fr.vigie.engine.io.YamlReader;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads a company profile file (YAML, or JSON when the name ends in {@code .json}). Malformed
 * content (bad syntax, wrong types, negative counts, badly formed country codes) is refused with a
 * {@link ProblemException} whose problem names the file, line and field; unknown fields are kept as
 * warnings ({@link Problem}s of code {@code profile.unknown_field}).
 */
public final class CompanyProfileReader {
  static final String[] FIELDS = {
    "name", "headquarters", "employees", "employees_previous_year", "turnover_eur",
    "eu_turnover_eur", "balance_sheet_eur", "turnover_gbp", "uk_business", "imports_into_us",
    "sec_issuer", "places_batteries_on_eu_market",
    "places_products_on_eu_market", "manufactures_strategic_technologies", "eu_imports", "sectors",
    "materials_used", "practices_in_place", "position", "position_by_filiere",
    "listed_on_eu_regulated_market", "public_interest_entity", "eu_subsidiaries", "eu_branches",
    "ch_imports", "turnover_chf", "balance_sheet_chf", "turnover_nok", "balance_sheet_nok",
    "offers_goods_or_services_in_norway", "taxable_in_norway"
  };
  private static final String[] ENTITY_FIELDS = {"country", "turnover_eur", "employees"};

  /**
   * The commodities of the EU Deforestation Regulation (Article 1 and Annex I of Regulation (EU)
   * 2023/1115), accepted in {@code materials_used} beside the minerals of the registry.
   */
  public static final java.util.Set<String> EUDR_COMMODITIES =
      java.util.Set.of("cattle", "cocoa", "coffee", "oil_palm", "rubber", "soya", "wood");
  private static final String[] IMPORT_FIELDS = {"cn_code", "material", "form", "kg_per_year"};

  private final CountryDirectory countries;
  private final Optional<Minerals> knownMinerals;

  /** A reader that checks country codes' form only and accepts any well-formed mineral id. */
  public CompanyProfileReader(CountryDirectory countries) {
    this.countries = countries;
    this.knownMinerals = Optional.empty();
  }

  /**
   * A reader that resolves {@code materials_used} and import materials through the minerals
   * registry (by id, English or French name) and refuses unknown minerals with the line.
   */
  public CompanyProfileReader(CountryDirectory countries, Minerals minerals) {
    this.countries = countries;
    this.knownMinerals = Optional.of(minerals);
  }

  public ProfileRead read(Path file) {
    return read(file.toString(), YamlReader.read(file));
  }

  /** Reads YAML text; {@code source} names it in messages. */
  public ProfileRead read(String source, String yaml) {
    return read(source, YamlReader.read(source, new StringReader(yaml), false));
  }

  private ProfileRead read(String source, YamlNode root) {
    Fields f = Fields.of(source, root, "the company profile").allow(FIELDS);
    List<Problem> warnings = new ArrayList<>();
    for (YamlNode.Entry e : f.unknownKeys()) {
      warnings.add(
          Problem.warning("profile.unknown_field", e.key(), String.join(", ", FIELDS))
              .at(source, e.keyLine())
              .atPath(e.key()));
    }
    Optional<String> hq = f.optString("headquarters").map(c -> country(f, "headquarters", c));
    Headcount employees = headcount(f, "employees");
    Headcount previous = headcount(f, "employees_previous_year");
    Optional<List<EuImport>> imports =
        f.optList("eu_imports").map(items -> imports(source, "eu_imports", items, warnings));
    Optional<List<EuImport>> chImports =
        f.optList("ch_imports").map(items -> imports(source, "ch_imports", items, warnings));
    Optional<Set<MineralId>> materials =
        f.optStrings("materials_used").map(list -> minerals(f, list));
    return new ProfileRead(
        new CompanyProfile(
            f.string("name"),
            hq,
            employees,
            previous,
            money(f, "turnover_eur"),
            money(f, "eu_turnover_eur"),
            money(f, "balance_sheet_eur"),
            money(f, "turnover_gbp"),
            f.optBool("uk_business"),
            f.optBool("imports_into_us"),
            f.optBool("sec_issuer"),
            f.optBool("places_batteries_on_eu_market"),
            f.optBool("places_products_on_eu_market"),
            f.optBool("manufactures_strategic_technologies"),
            imports,
            f.strings("sectors"),
            materials,
            f.strings("practices_in_place"),
            positions(f),
            f.optBool("listed_on_eu_regulated_market"),
            f.optBool("public_interest_entity"),
            f.optList("eu_subsidiaries").map(items -> entities(source, "eu_subsidiaries", items, warnings)),
            f.optList("eu_branches").map(items -> entities(source, "eu_branches", items, warnings)),
            chImports,
            money(f, "turnover_chf"),
            money(f, "balance_sheet_chf"),
            money(f, "turnover_nok"),
            money(f, "balance_sheet_nok"),
            f.optBool("offers_goods_or_services_in_norway"),
            f.optBool("taxable_in_norway")),
        warnings);
  }

  /**
   * {@code position} (default {@code downstream_manufacturer}) and {@code position_by_filiere}, a
   * mapping of mineral to position for the filieres where it differs.
   */
  private ChainPositions positions(Fields f) {
    ChainPosition company = f.optString("position").map(p -> position(f, "position", p))
        .orElse(ChainPosition.DOWNSTREAM_MANUFACTURER);
    Map<MineralId, ChainPosition> byFiliere = new LinkedHashMap<>();
    Optional<YamlNode> node = f.node("position_by_filiere");
    if (node.isPresent()) {
      if (!(node.get() instanceof YamlNode.Mapping m)) {
        throw f.problemAt("position_by_filiere", "profile.position_by_filiere_not_mapping");
      }
      Fields each = Fields.of(f.source(), m, "position_by_filiere");
      for (YamlNode.Entry e : m.entries().values()) {
        String field = "position_by_filiere." + e.key();
        MineralId material;
        try {
          material = knownMinerals.isPresent() ? knownMinerals.get().require(e.key()).id() : MineralId.of(e.key());
        } catch (ProblemException x) {
          throw f.problem(e.keyLine(), field, "profile.unknown_mineral", field, x.first().text());
        }
        if (!(e.value() instanceof YamlNode.Scalar)) {
          throw f.problem(e.keyLine(), field, "profile.bad_position", field, "", ids());
        }
        String text = each.optString(e.key()).orElse("");
        ChainPosition p;
        try {
          p = ChainPosition.fromId(text);
        } catch (ProblemException x) {
          throw f.problem(e.keyLine(), field, "profile.bad_position", field, text, ids());
        }
        if (byFiliere.put(material, p) != null) {
          throw f.problem(e.keyLine(), field, "profile.position_twice", material.value());
        }
      }
    }
    return new ChainPositions(company, byFiliere);
  }

  private static ChainPosition position(Fields f, String key, String text) {
    try {
      return ChainPosition.fromId(text);
    } catch (ProblemException x) {
      throw f.problemAt(key, "profile.bad_position", key, text, ids());
    }
  }

  private static String ids() {
    return String.join(", ", java.util.Arrays.stream(ChainPosition.values()).map(ChainPosition::id).toList());
  }

  private String country(Fields f, String key, String code) {
    return countries
        .alpha2(code)
        .orElseThrow(
            () ->
                f.problemAt(key, "profile.bad_country", key, code));
  }

  private static Optional<BigDecimal> money(Fields f, String key) {
    Optional<BigDecimal> v = f.optDecimal(key);
    v.ifPresent(
        d -> {
          if (d.signum() < 0) {
            throw f.problemAt(key, "profile.negative", key, d.toPlainString());
          }
        });
    return v;
  }

  private Headcount headcount(Fields f, String key) {
    Optional<Fields> m = f.optMap(key, "field '" + key + "'");
    if (m.isEmpty()) {
      return Headcount.unknown();
    }
    Fields e = m.get();
    Map<String, Long> byCountry = new LinkedHashMap<>();
    Optional<Long> worldwide = Optional.empty();
    // every key is either 'worldwide' or a country code
    YamlNode.Mapping raw = (YamlNode.Mapping) f.node(key).orElseThrow();
    for (YamlNode.Entry entry : raw.entries().values()) {
      String k = entry.key();
      String field = key + "." + k;
      if (entry.value() instanceof YamlNode.Scalar s && s.type() == YamlNode.Scalar.Type.NULL) {
        continue;
      }
      long n = e.toCount(field, entry.value());
      if (k.equalsIgnoreCase("worldwide")) {
        worldwide = Optional.of(n);
      } else {
        String c =
            countries
                .alpha2(k)
                .orElseThrow(
                    () ->
                        f.problem(entry.keyLine(), field, "profile.bad_headcount_key", key, k));
        if (byCountry.put(c, n) != null) {
          throw f.problem(entry.keyLine(), field, "profile.country_twice", key, c);
        }
      }
    }
    long sum = byCountry.values().stream().mapToLong(Long::longValue).sum();
    if (worldwide.isPresent() && sum > worldwide.get()) {
      throw f.problemAt(
          key, "profile.countries_exceed", key, Long.toString(sum), Long.toString(worldwide.get()));
    }
    return new Headcount(byCountry, worldwide);
  }

  private List<EuEntity> entities(String source, String key, List<YamlNode> items, List<Problem> warnings) {
    List<EuEntity> out = new ArrayList<>();
    for (YamlNode item : items) {
      Fields i = Fields.of(source, item, "an " + key + " line").allow(ENTITY_FIELDS);
      for (YamlNode.Entry e : i.unknownKeys()) {
        warnings.add(
            Problem.warning("profile.unknown_field", key + "." + e.key(), String.join(", ", ENTITY_FIELDS))
                .at(source, e.keyLine())
                .atPath(key + "." + e.key()));
      }
      String country = country(i, "country", i.string("country"));
      if (!countries.isEuMember(country)) {
        throw i.problemAt("country", "profile.not_eu_member", key, country);
      }
      Optional<Long> employees =
          i.node("employees").map(n -> i.toCount(key + ".employees", n));
      out.add(new EuEntity(country, money(i, "turnover_eur"), employees, i.line()));
    }
    return out;
  }

  private List<EuImport> imports(String source, String key, List<YamlNode> items, List<Problem> warnings) {
    List<EuImport> out = new ArrayList<>();
    for (YamlNode item : items) {
      Fields i = Fields.of(source, item, "an " + key + " line").allow(IMPORT_FIELDS);
      for (YamlNode.Entry e : i.unknownKeys()) {
        warnings.add(
            Problem.warning("profile.unknown_field", key + "." + e.key(), String.join(", ", IMPORT_FIELDS))
                .at(source, e.keyLine())
                .atPath(key + "." + e.key()));
      }
      Optional<String> cn = i.optString("cn_code").map(c -> cnCode(i, c));
      Optional<MineralId> material = i.optString("material").map(m -> mineral(i, "material", m));
      if (cn.isEmpty() && material.isEmpty()) {
        throw i.problem(i.line(), key, "profile.import_needs_product");
      }
      if (!i.has("kg_per_year")) {
        throw i.problem(i.line(), key + ".kg_per_year", "profile.import_needs_kg");
      }
      BigDecimal kg = i.decimal("kg_per_year");
      if (kg.signum() < 0) {
        throw i.problem(i.lineOf("kg_per_year"), key + ".kg_per_year", "profile.negative", "kg_per_year",
            kg.toPlainString());
      }
      out.add(new EuImport(cn, material, i.optString("form"), kg, i.line()));
    }
    return out;
  }

  private static String cnCode(Fields i, String code) {
    String d = ImportThreshold.digits(code);
    if (!d.matches("\\d{4,10}")) {
      throw i.problem(i.lineOf("cn_code"), "cn_code", "profile.bad_cn_code", code);
    }
    return d;
  }

  private Set<MineralId> minerals(Fields f, List<String> ids) {
    Set<MineralId> out = new LinkedHashSet<>();
    for (String id : ids) {
      out.add(mineral(f, "materials_used", id));
    }
    return out;
  }

  private MineralId mineral(Fields f, String key, String id) {
    if (key.equals("materials_used") && EUDR_COMMODITIES.contains(id.strip())) {
      // a commodity of the EU Deforestation Regulation, not a mineral of the registry
      return MineralId.of(id.strip());
    }
    try {
      if (knownMinerals.isPresent()) {
        return knownMinerals.get().require(id).id();
      }
      return MineralId.of(id);
    } catch (ProblemException e) {
      throw f.problemAt(key, "profile.unknown_mineral", key, e.first().text());
    }
  }
}
