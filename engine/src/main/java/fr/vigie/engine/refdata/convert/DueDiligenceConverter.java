package fr.vigie.engine.refdata.convert;

import fr.vigie.engine.kernel.FileReason;
import fr.vigie.engine.country.Countries;
import fr.vigie.engine.country.Country;
import fr.vigie.engine.io.Csv;
import fr.vigie.engine.kernel.Problem;
import fr.vigie.engine.kernel.ProblemException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Turns the raw due-diligence files into {@code labour-flags.csv}, {@code cahra-eu.csv} and {@code
 * conflict-years.csv}: the US DoL list of goods produced by child or forced labour (XML of its
 * Sweat &amp; Toil app) mapped to minerals through the hand-maintained {@code labour-goods.csv}; the
 * EU indicative CAHRA list (JSON) by country and region; the UCDP/PRIO Armed Conflict Dataset
 * (semicolon-separated re-export) as conflict-years per country through the hand-maintained {@code
 * gleditsch-ward.csv}.
 */
final class DueDiligenceConverter {
  static final String ILAB = "due-diligence/ilab-goods-list/goods_2021.xml";
  static final String CAHRA = "due-diligence/eu-cahra/cahra.json";
  static final String UCDP = "due-diligence/ucdp-prio-acd/UcdpPrioConflict_v25_1.csv";

  static final String ILAB_SOURCE = "ilab-goods-2022";
  static final String CAHRA_SOURCE = "eu-cahra-2026";
  static final String UCDP_SOURCE = "ucdp-prio-acd-25-1";

  private record Good(String use, String mineral, String stages) {}

  private final Countries countries;
  private final ConversionReport report;
  private final Map<String, Good> goods = new HashMap<>();
  private final Map<Integer, String> gw = new HashMap<>();
  private final List<List<String>> flags = new ArrayList<>();
  private final List<List<String>> cahra = new ArrayList<>();
  /** iso3 -> year -> conflict id -> intensity. */
  private final Map<String, Map<Integer, Map<String, Integer>>> conflicts = new TreeMap<>();

  DueDiligenceConverter(Countries countries, Csv.Table labourGoods, Csv.Table gleditschWard, ConversionReport report) {
    this.countries = countries;
    this.report = report;
    labourGoods.requireColumns("good", "sector", "use", "mineral", "stages", "note");
    for (Csv.Row r : labourGoods.rows()) {
      String use = r.required("use");
      if (!List.of("mineral", "country", "none").contains(use)) {
        throw r.problem("use", "refdata.bad_labour_use", "use", use);
      }
      if (use.equals("mineral") == r.get("mineral").isBlank()) {
        throw r.problem("mineral", "refdata.labour_mineral_use", "mineral");
      }
      if (goods.put(r.required("good"), new Good(use, r.get("mineral").strip(), r.get("stages").strip())) != null) {
        throw r.problem("good", "refdata.listed_twice", "good", r.get("good"));
      }
    }
    gleditschWard.requireColumns("gwno", "iso3", "note");
    for (Csv.Row r : gleditschWard.rows()) {
      String iso3 = r.required("iso3");
      if (countries.find(iso3).isEmpty()) {
        throw r.problem("iso3", "refdata.not_alpha3", "iso3", iso3, "countries.csv");
      }
      if (gw.put(r.integer("gwno"), iso3) != null) {
        throw r.problem("gwno", "refdata.listed_twice", "gwno", r.get("gwno"));
      }
    }
  }

  void convert(RawFiles raw) {
    labour(raw.text(ILAB));
    cahra(raw.text(CAHRA));
    ucdp(raw.text(UCDP));
  }

  // --- US DoL ILAB list -------------------------------------------------------------------------

  private void labour(String xml) {
    Document doc;
    try {
      DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
      f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
      f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      f.setExpandEntityReferences(false);
      doc = f.newDocumentBuilder().parse(new InputSource(new StringReader(xml)));
    } catch (Exception e) {
      throw new ProblemException(Problem.error("refdata.raw_unreadable", FileReason.syntax("XML",
          e instanceof org.xml.sax.SAXParseException x ? x.getLineNumber() : 0, e)).at(ILAB, null), e);
    }
    NodeList goodNodes = doc.getDocumentElement().getElementsByTagName("Good");
    TreeSet<String> unmappedMining = new TreeSet<>();
    TreeSet<String> derived = new TreeSet<>();
    for (int i = 0; i < goodNodes.getLength(); i++) {
      Element g = (Element) goodNodes.item(i);
      String name = text(g, "Good_Name");
      String sector = text(g, "Good_Sector");
      Good mapped = goods.get(name);
      if (mapped == null) {
        if (sector.equals("Mining")) {
          unmappedMining.add(name);
        }
        continue;
      }
      if (mapped.use().equals("none")) {
        continue;
      }
      NodeList cs = g.getElementsByTagName("Country");
      for (int j = 0; j < cs.getLength(); j++) {
        Element c = (Element) cs.item(j);
        String countryName = text(c, "Country_Name");
        if (yes(c, "Derived_Labor_Exploitation", name)) {
          derived.add(name + " (" + countryName + ")");
          continue;
        }
        Optional<Country> country = country(countryName, ILAB, name);
        if (country.isEmpty()) {
          continue;
        }
        flags.add(List.of(country.get().alpha3(), name, mapped.mineral(), mapped.stages(),
            bool(yes(c, "Child_Labor", name)), bool(yes(c, "Forced_Labor", name)),
            bool(yes(c, "Forced_Child_Labor", name)), ILAB_SOURCE));
      }
    }
    if (!unmappedMining.isEmpty()) {
      throw new ProblemException(Problem.error("refdata.unmapped_goods", String.join(", ", unmappedMining)).at(ILAB, null));
    }
    if (!derived.isEmpty()) {
      report.note(ILAB + ": derived goods left out (their source good is flagged where listed): " + String.join(", ", derived));
    }
  }

  private static String text(Element e, String tag) {
    NodeList n = e.getElementsByTagName(tag);
    if (n.getLength() == 0) {
      throw new ProblemException(Problem.error("refdata.xml_element_missing", tag).at(ILAB, null));
    }
    return n.item(0).getTextContent().strip();
  }

  private static boolean yes(Element e, String tag, String good) {
    String v = text(e, tag);
    return switch (v) {
      case "Yes" -> true;
      case "No" -> false;
      default -> throw new ProblemException(Problem.error("refdata.xml_yes_no", tag, good, v).at(ILAB, null));
    };
  }

  private static String bool(boolean b) {
    return b ? "true" : "false";
  }

  private Optional<Country> country(String text, String file, String context) {
    Optional<Country> c = countries.find(text);
    if (c.isPresent()) {
      return c;
    }
    if (countries.withoutIsoEntry(text).isPresent()) {
      report.dropped(file, text);
      return Optional.empty();
    }
    throw new ProblemException(Problem.error("refdata.unknown_raw_country_in", text, context).at(file, null));
  }

  /** The lines of labour-flags.csv, header first, by country then good. */
  List<String> flagsCsv() {
    List<String> out = new ArrayList<>();
    out.add(Csv.line(List.of("iso3", "good", "mineral", "stages", "child_labour", "forced_labour",
        "forced_child_labour", "source")));
    flags.stream()
        .sorted((a, b) -> a.get(0).equals(b.get(0)) ? a.get(1).compareTo(b.get(1)) : a.get(0).compareTo(b.get(0)))
        .forEach(r -> out.add(Csv.line(r)));
    return out;
  }

  // --- EU CAHRA list ----------------------------------------------------------------------------

  private void cahra(String json) {
    JsonNode root;
    try {
      root = JsonMapper.builder().build().readTree(json);
    } catch (RuntimeException e) {
      throw new ProblemException(Problem.error("refdata.raw_unreadable", FileReason.syntax("JSON",
          e instanceof tools.jackson.core.JacksonException x && x.getLocation() != null ? x.getLocation().getLineNr() : 0,
          e)).at(CAHRA, null), e);
    }
    String asOf = root.path("meta").path("reportsUpdated").asString("");
    if (!asOf.matches("\\d{4}-\\d{2}-\\d{2}T.*")) {
      throw new ProblemException(Problem.error("refdata.json_field", "meta.reportsUpdated", asOf).at(CAHRA, null));
    }
    // the list's report date (UTC midnight of the day after in Europe/Brussels): keep the calendar day it names
    String date = java.time.OffsetDateTime.parse(asOf).atZoneSameInstant(java.time.ZoneId.of("Europe/Brussels"))
        .toLocalDate().toString();
    for (JsonNode e : root.path("entries").values()) {
      String iso3 = e.path("iso3").asString("");
      Optional<Country> c = country(iso3, CAHRA, e.path("countryName").asString(""));
      if (c.isEmpty()) {
        continue;
      }
      String code = c.get().alpha3();
      boolean whole = e.path("wholeCountry").asBoolean(false);
      JsonNode regions = e.path("regions");
      if (whole) {
        cahra.add(List.of(code, "true", "", "", "true", "true", CAHRA_SOURCE, date));
        continue;
      }
      if (!regions.isArray() || regions.isEmpty()) {
        throw new ProblemException(Problem.error("refdata.json_field", "regions", code).at(CAHRA, null));
      }
      for (JsonNode r : regions.values()) {
        String regionCode = r.path("code").asString("");
        if (!regionCode.startsWith(c.get().alpha2() + "-")) {
          throw new ProblemException(Problem.error("refdata.json_field", "regions.code", regionCode).at(CAHRA, null));
        }
        cahra.add(List.of(code, "false", regionCode, r.path("name").asString(""),
            bool(r.path("conflictAffected").asBoolean(false)), bool(r.path("highRisk").asBoolean(false)),
            CAHRA_SOURCE, date));
      }
    }
  }

  /** The lines of cahra-eu.csv, header first, by country then region code. */
  List<String> cahraCsv() {
    List<String> out = new ArrayList<>();
    out.add(Csv.line(List.of("iso3", "whole_country", "region_code", "region_name", "conflict_affected",
        "high_risk", "source", "as_of")));
    cahra.stream()
        .sorted((a, b) -> a.get(0).equals(b.get(0)) ? a.get(2).compareTo(b.get(2)) : a.get(0).compareTo(b.get(0)))
        .forEach(r -> out.add(Csv.line(r)));
    return out;
  }

  // --- UCDP/PRIO Armed Conflict Dataset ---------------------------------------------------------

  private void ucdp(String text) {
    String[] lines = text.split("\r?\n", -1);
    List<String> header = List.of(lines[0].strip().split(";", -1));
    int id = column(header, "conflict_id");
    int year = column(header, "year");
    int intensity = column(header, "intensity_level");
    int loc = column(header, "gwno_loc");
    int version = column(header, "version");
    int territory = column(header, "territory_name");
    for (int i = 1; i < lines.length; i++) {
      if (lines[i].isBlank()) {
        continue;
      }
      int lineNo = i + 1;
      String[] f = lines[i].split(";", -1);
      if (f.length != header.size()) {
        throw new ProblemException(Problem.error("refdata.ucdp_fields", f.length, header.size()).at(UCDP, lineNo));
      }
      if (f[year].isBlank() && i + 1 < lines.length && lines[i + 1].startsWith(";")) {
        // a record the re-export broke after its territory name: its rest is on the next line, from
        // the year to the end date, then gwno_loc, region and version as the last three values
        String[] g = lines[i + 1].split(";", -1);
        List<String> tail = new ArrayList<>();
        for (String s : g) {
          if (!s.isBlank()) {
            tail.add(s.strip());
          }
        }
        String[] joined = f.clone();
        for (int k = territory + 1; k < joined.length; k++) {
          joined[k] = k - territory < g.length ? g[k - territory] : "";
        }
        joined[loc] = tail.get(tail.size() - 3);
        joined[version] = tail.get(tail.size() - 1);
        report.note(UCDP + ":" + lineNo + "-" + (lineNo + 1) + ": record of conflict " + f[id]
            + " broken over two lines re-joined (year " + joined[year] + ", gwno_loc " + joined[loc] + ")");
        f = joined;
        i++;
      }
      int y;
      int level;
      try {
        y = Integer.parseInt(f[year].strip());
        level = Integer.parseInt(f[intensity].strip());
      } catch (NumberFormatException e) {
        throw new ProblemException(Problem.error("refdata.ucdp_number", f[year], f[intensity]).at(UCDP, lineNo), e);
      }
      if (level < 1 || level > 2) {
        throw new ProblemException(Problem.error("refdata.ucdp_number", f[year], f[intensity]).at(UCDP, lineNo));
      }
      for (String code : f[loc].split(",")) {
        String c = code.strip();
        if (c.isEmpty()) {
          continue;
        }
        String iso3;
        try {
          iso3 = gw.get(Integer.parseInt(c));
        } catch (NumberFormatException e) {
          iso3 = null;
        }
        if (iso3 == null) {
          throw new ProblemException(Problem.error("refdata.unknown_gwno", c).at(UCDP, lineNo));
        }
        conflicts.computeIfAbsent(iso3, k -> new TreeMap<>()).computeIfAbsent(y, k -> new TreeMap<>())
            .merge(f[id].strip(), level, Math::max);
      }
    }
  }

  private static int column(List<String> header, String name) {
    int i = header.indexOf(name);
    if (i < 0) {
      throw new ProblemException(Problem.error("csv.missing_column", name, String.join(", ", header)).at(UCDP, 1));
    }
    return i;
  }

  /** The lines of conflict-years.csv, header first, by country then year. */
  List<String> conflictYearsCsv() {
    List<String> out = new ArrayList<>();
    out.add(Csv.line(List.of("iso3", "year", "conflicts", "max_intensity", "conflict_ids", "source")));
    conflicts.forEach((iso3, years) -> years.forEach((y, ids) -> out.add(Csv.line(List.of(
        iso3, String.valueOf(y), String.valueOf(ids.size()),
        String.valueOf(ids.values().stream().mapToInt(Integer::intValue).max().orElseThrow()),
        String.join(";", ids.keySet()), UCDP_SOURCE)))));
    return out;
  }
}
