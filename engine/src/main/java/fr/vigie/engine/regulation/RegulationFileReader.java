package fr.vigie.engine.regulation;

import fr.vigie.engine.kernel.Problem;
import fr.vigie.engine.kernel.ProblemException;
import fr.vigie.engine.kernel.Names;
import fr.vigie.engine.mineral.MineralId;
import fr.vigie.engine.io.Fields;
import fr.vigie.engine.io.YamlNode;
import fr.vigie.engine.regulation.profile.ImportThreshold;
import java.math.BigDecimal;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Turns one data file (one text) into a {@link Regulation}, refusing unknown keys, bad dates, a
 * missing or malformed source address, unknown threshold names and out-of-range OECD steps, each
 * with the file and line. The format is documented in {@code docs/regulations.md}.
 */
final class RegulationFileReader {
  private static final String[] TEXT_KEYS = {
    "id", "reference", "jurisdiction", "voluntary", "adopted", "as_of",
    "source", "verified", "minerals", "products", "key_dates", "scope", "obligations", "penalties",
    "notes", "import_thresholds", "whole_codes"
  };

  private static final Pattern LANGUAGE = Pattern.compile("[a-z]{2}");

  private final Map<String, ApplicabilityPolicy> policies;

  RegulationFileReader(Map<String, ApplicabilityPolicy> policies) {
    this.policies = policies;
  }

  Regulation read(String source, YamlNode root) {
    Fields f = Fields.of(source, root, "a regulation text").allow(TEXT_KEYS);
    f.allow("name_" + "en", "name_" + "fr");
    Names title = languageKeys(f, "name_");
    String id = f.string("id");
    if (!id.matches("[a-z0-9]+(-[a-z0-9]+)*")) {
      throw f.problemAt("id", "regulation.bad_id", id);
    }
    ApplicabilityPolicy policy = policies.get(id);
    Set<String> thresholdNames = policy == null ? null : policy.thresholdNames();
    List<ScopeRegime> regimes = new ArrayList<>();
    Set<String> regimeIds = new HashSet<>();
    for (YamlNode n : f.list("scope")) {
      ScopeRegime r = regime(source, n, thresholdNames);
      if (!regimeIds.add(r.id())) {
        throw f.problem(n.line(), "scope", "regulation.regime_twice", r.id());
      }
      regimes.add(r);
    }
    if (regimes.isEmpty()) {
      throw f.problem(f.line(), "scope", "regulation.no_scope", id);
    }
    List<Regulation.Obligation> obligations = new ArrayList<>();
    Set<String> obligationIds = new HashSet<>();
    for (YamlNode n : f.list("obligations")) {
      Regulation.Obligation o = obligation(source, n);
      if (!obligationIds.add(o.id())) {
        throw f.problem(n.line(), "obligations", "regulation.obligation_twice", o.id());
      }
      obligations.add(o);
    }
    List<Regulation.KeyDate> keyDates = new ArrayList<>();
    for (YamlNode n : f.list("key_dates")) {
      Fields k = Fields.of(source, n, "a key date").allow("date", "en", "fr", "verified");
      Names text = languageKeys(k, "");
      keyDates.add(new Regulation.KeyDate(k.date("date"), text, k.optBool("verified").orElse(true)));
    }
    List<ImportThreshold> thresholds = new ArrayList<>();
    for (YamlNode n : f.list("import_thresholds")) {
      thresholds.add(importThreshold(source, n));
    }
    List<MineralId> minerals = new ArrayList<>();
    for (String m : f.strings("minerals")) {
      minerals.add(mineral(f, "minerals", m));
    }
    return new Regulation(
        id,
        title,
        text(source, f, "reference"),
        f.string("jurisdiction"),
        f.optBool("voluntary").orElse(false),
        f.optDate("adopted"),
        keyDates,
        minerals,
        f.strings("products"),
        regimes,
        obligations,
        text(source, f, "penalties"),
        url(f, "source"),
        f.date("as_of"),
        f.optBool("verified").orElse(true),
        notes(source, f),
        thresholds,
        f.strings("whole_codes"),
        source);
  }

  private ScopeRegime regime(String source, YamlNode n, Set<String> thresholdNames) {
    Fields r =
        Fields.of(source, n, "a scope regime")
            .allow("regime", "en", "in_effect_from", "source", "verified", "tiers");
    List<ScopeRegime.Tier> tiers = new ArrayList<>();
    for (YamlNode t : r.list("tiers")) {
      Fields tf = Fields.of(source, t, "a tier").allow("applies_from", "thresholds");
      tf.rejectUnknown();
      Map<String, BigDecimal> th = new LinkedHashMap<>();
      Optional<Fields> tm = tf.optMap("thresholds", "the thresholds");
      if (tm.isPresent()) {
        YamlNode.Mapping raw = (YamlNode.Mapping) tf.node("thresholds").orElseThrow();
        for (YamlNode.Entry e : raw.entries().values()) {
          if (thresholdNames != null && !thresholdNames.contains(e.key())) {
            throw tf.problem(e.keyLine(), e.key(), "regulation.unknown_threshold", e.key(),
                thresholdNames.isEmpty() ? "-" : String.join(", ", thresholdNames.stream().sorted().toList()));
          }
          BigDecimal v = tm.get().toDecimal(e.key(), e.value());
          if (v.signum() < 0) {
            throw tf.problem(e.keyLine(), e.key(), "regulation.negative_threshold", e.key());
          }
          th.put(e.key(), v);
        }
      }
      tiers.add(new ScopeRegime.Tier(tf.date("applies_from"), th, tf.line()));
    }
    if (tiers.isEmpty()) {
      throw r.problem(r.line(), "tiers", "regulation.no_tier", r.string("regime"));
    }
    return new ScopeRegime(
        r.string("regime"),
        englishAndOthers(r, ""),
        r.date("in_effect_from"),
        r.has("source") ? Optional.of(url(r, "source")) : Optional.empty(),
        r.optBool("verified").orElse(true),
        tiers);
  }

  private static Regulation.Obligation obligation(String source, YamlNode n) {
    Fields o = Fields.of(source, n, "an obligation").allow("id", "en", "fr", "oecd_step", "solutions");
    Names text = languageKeys(o, "");
    Optional<Integer> step =
        o.node("oecd_step")
            .map(
                s -> {
                  BigDecimal d = o.toDecimal("oecd_step", s);
                  if (d.stripTrailingZeros().scale() > 0 || d.intValue() < 1 || d.intValue() > 5) {
                    throw o.problem(s.line(), "oecd_step", "regulation.oecd_step", d.toPlainString());
                  }
                  return d.intValue();
                });
    return new Regulation.Obligation(
        o.string("id"), text, step, o.strings("solutions"));
  }

  private static ImportThreshold importThreshold(String source, YamlNode n) {
    Fields t =
        Fields.of(source, n, "an Annex I row")
            .allow("part", "cn_code", "ex", "taric", "description", "material", "form",
                "threshold_kg", "verified", "note");
    t.rejectUnknown();
    String part = t.string("part");
    if (!part.equals("A") && !part.equals("B")) {
      throw t.problemAt("part", "regulation.annex_part", part);
    }
    String cn = t.string("cn_code");
    if (!ImportThreshold.digits(cn).matches("\\d{4,8}")) {
      throw t.problemAt("cn_code", "regulation.cn_code", cn);
    }
    return new ImportThreshold(
        part,
        cn,
        t.optBool("ex").orElse(false),
        t.strings("taric"),
        text(source, t, "description"),
        mineral(t, "material", t.string("material")),
        t.string("form"),
        t.optDecimal("threshold_kg"),
        t.optBool("verified").orElse(true),
        t.node("note").map(note -> note instanceof YamlNode.Mapping
            ? englishAndOthers(Fields.of(source, note, "key 'note'"), "") : Names.english(t.string("note"))));
  }

  /**
   * The texts of a mapping given under {@code <prefix><language>} keys ({@code name_en}, {@code
   * name_fr}, or {@code en}, {@code fr} with an empty prefix): English and French are required, any
   * other two-letter language is read too, so adding a language is adding keys. Refuses any other
   * unknown key.
   */
  static Names languageKeys(Fields f, String prefix) {
    Map<String, String> byLanguage = new LinkedHashMap<>();
    byLanguage.put("en", f.string(prefix + "en"));
    byLanguage.put("fr", f.string(prefix + "fr"));
    for (YamlNode.Entry e : f.unknownKeys()) {
      String k = e.key();
      if (k.startsWith(prefix) && LANGUAGE.matcher(k.substring(prefix.length())).matches()) {
        f.allow(k);
        byLanguage.put(k.substring(prefix.length()), f.string(k));
      }
    }
    f.rejectUnknown();
    return new Names(byLanguage);
  }

  /**
   * Like {@link #languageKeys}, with only English required: the other languages the mapping gives
   * are read, and any other unknown key is refused.
   */
  static Names englishAndOthers(Fields f, String prefix) {
    Map<String, String> byLanguage = new LinkedHashMap<>();
    byLanguage.put("en", f.string(prefix + "en"));
    for (YamlNode.Entry e : f.unknownKeys()) {
      String k = e.key();
      if (k.startsWith(prefix) && LANGUAGE.matcher(k.substring(prefix.length())).matches()) {
        f.allow(k);
        byLanguage.put(k.substring(prefix.length()), f.string(k));
      }
    }
    f.rejectUnknown();
    return new Names(byLanguage);
  }

  /** A text written as one English value or as a mapping of languages ({@code en}, {@code fr}...). */
  private static Names text(String source, Fields f, String key) {
    YamlNode n = f.node(key).orElseThrow(() -> f.problem(f.line(), null, "regulation.missing_key", key));
    return n instanceof YamlNode.Mapping ? languageKeys(Fields.of(source, n, "key '" + key + "'"), "")
        : Names.english(f.string(key));
  }

  /** The notes: each one English value or a mapping of languages. */
  private static List<Names> notes(String source, Fields f) {
    List<Names> notes = new ArrayList<>();
    for (YamlNode n : f.list("notes")) {
      if (n instanceof YamlNode.Mapping) {
        notes.add(languageKeys(Fields.of(source, n, "a note"), ""));
      } else if (n instanceof YamlNode.Scalar s && !s.text().isBlank()) {
        notes.add(Names.english(s.text().strip()));
      } else {
        throw new ProblemException(Problem.error("regulation.bad_note").at(source, n.line()));
      }
    }
    return notes;
  }

  private static MineralId mineral(Fields f, String key, String id) {
    try {
      return new MineralId(id);
    } catch (ProblemException e) {
      throw f.problemAt(key, "regulation.bad_mineral", key, e.first().text());
    }
  }

  private static URI url(Fields f, String key) {
    String s = f.string(key);
    try {
      URI u = new URI(s);
      if (u.getScheme() == null
          || !(u.getScheme().equals("https") || u.getScheme().equals("http"))
          || u.getHost() == null) {
        throw new URISyntaxException(s, "not an http(s) address");
      }
      return u;
    } catch (URISyntaxException e) {
      throw f.problemAt(key, "regulation.bad_url", key, s);
    }
  }
}
