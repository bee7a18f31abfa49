package fr.vigie.engine.assessment;

import fr.vigie.engine.kernel.Localized;
import fr.vigie.engine.kernel.Messages;
import fr.vigie.engine.kernel.Problem;
import fr.vigie.engine.kernel.ProblemException;
import fr.vigie.engine.kernel.Term;
import fr.vigie.engine.kernel.Text;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.ValueSerializer;
import tools.jackson.databind.cfg.EnumFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.module.SimpleModule;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The JSON forms of an {@link Assessment}: snake_case keys, enums as lower-case ids ({@code
 * human_rights}, {@code pre_treatment}), dates as {@code yyyy-mm-dd}, absent values as {@code null}.
 *
 * <ul>
 *   <li>The stored form ({@link #write}, {@link #read}) keeps every text as its message key and
 *       arguments, {@code {"key": "assessment.reason.volume", "args": [...]}} (an argument is a
 *       number (an int or a double; {@code {"long": 1}} and {@code {"decimal": "0.5"}} for the other
 *       kinds), a string, {@code {"date": "2027-01-01"}}, a nested text, or a reference-data term
 *       {@code {"term": "mineral", "id": "cobalt"}}), so a stored assessment renders in its
 *       reader's language. It carries {@code schema_version} ({@link Assessment#SCHEMA_VERSION});
 *       {@link #read} upgrades older versions step by step and ignores fields it does not know.
 *   <li>The rendered form ({@link #render}) is the same tree with every text rendered in one
 *       language: the JSON of {@code bin/vigie assess --out report.json --lang fr}.
 * </ul>
 */
public final class AssessmentJson {
  private static final JsonMapper MAPPER = mapper(new StoredText()).build();
  private static final JsonMapper READER = mapper(new StoredText())
      .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
      .build();

  private AssessmentJson() {}

  private static JsonMapper.Builder mapper(ValueSerializer<Localized> texts) {
    SimpleModule module = new SimpleModule("vigie-texts");
    module.addSerializer(Localized.class, texts);
    module.addSerializer(Text.class, cast(texts));
    module.addSerializer(Term.class, cast(texts));
    module.addDeserializer(Localized.class, new LocalizedReader<>(Localized.class));
    module.addDeserializer(Text.class, new LocalizedReader<>(Text.class));
    module.addDeserializer(Term.class, new LocalizedReader<>(Term.class));
    return JsonMapper.builder()
        .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
        .enable(EnumFeature.WRITE_ENUMS_TO_LOWERCASE)
        .enable(MapperFeature.ACCEPT_CASE_INSENSITIVE_ENUMS)
        .enable(SerializationFeature.INDENT_OUTPUT)
        .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
        .addModule(module);
  }

  @SuppressWarnings("unchecked")
  private static <T extends Localized> ValueSerializer<T> cast(ValueSerializer<Localized> s) {
    return (ValueSerializer<T>) (ValueSerializer<?>) s;
  }

  /** The assessment in its stored form (texts as keys and arguments), indented. */
  public static String write(Assessment assessment) {
    return MAPPER.writeValueAsString(assessment);
  }

  /** The assessment with every text rendered by {@code messages}, indented. */
  public static String render(Assessment assessment, Messages messages) {
    return mapper(new RenderedText(messages)).build().writeValueAsString(assessment);
  }

  /**
   * Reads a stored assessment of any schema version (upgraded to the current one); {@code source}
   * names it in problems.
   */
  public static Assessment read(String source, String json) {
    try {
      JsonNode tree = READER.readTree(json);
      if (!(tree instanceof ObjectNode root)) {
        throw new ProblemException(Problem.error("assessment.not_an_assessment", source, "not a JSON object"));
      }
      int version = root.path("schema_version").asInt(1);
      if (version > Assessment.SCHEMA_VERSION) {
        throw new ProblemException(
            Problem.error("assessment.newer_schema", source, version, Assessment.SCHEMA_VERSION));
      }
      if (version < 2) {
        upgradeFrom1(root);
      }
      if (version < 3) {
        upgradeFrom2(root);
      }
      namedTerms(root);
      return READER.treeToValue(root, Assessment.class);
    } catch (JacksonException e) {
      throw new ProblemException(
          Problem.error("assessment.not_an_assessment", source, e.getOriginalMessage()), e);
    }
  }

  /** One text (or term) in its stored form, e.g. for a database column. */
  public static String writeText(Localized text) {
    return MAPPER.writeValueAsString(text);
  }

  /** Reads what {@link #writeText} wrote; {@code source} names it in problems. */
  public static Localized readText(String source, String json) {
    try {
      return READER.readValue(json, Localized.class);
    } catch (JacksonException e) {
      throw new ProblemException(Problem.error("assessment.not_a_text", source, e.getOriginalMessage()), e);
    }
  }

  // ---------------------------------------------------------------- upgrade steps

  /**
   * Version 1 (until texts became keys) had each text twice, {@code reasons} and {@code
   * reasons_fr}, {@code title} and {@code title_fr}...; the French one could be missing (English
   * then). Each pair becomes the text {@code assessment.stored} with both as arguments, which
   * renders the one of the reader's language; a filiere's English name becomes the mineral term.
   */
  static void upgradeFrom1(ObjectNode root) {
    for (JsonNode f : root.path("filieres")) {
      filiereFrom1((ObjectNode) f);
    }
    for (JsonNode r : root.path("regulations")) {
      pair((ObjectNode) r, "name");
      pairs((ObjectNode) r, "reasons");
    }
    for (JsonNode r : root.path("company_obligations")) {
      recommendationFrom1((ObjectNode) r);
    }
    for (JsonNode r : root.path("roadmap")) {
      recommendationFrom1((ObjectNode) r);
    }
    if (root.path("scenario") instanceof ObjectNode s) {
      for (JsonNode f : s.path("filieres")) {
        filiereFrom1((ObjectNode) f);
      }
      pairs(s, "overrides");
      for (JsonNode c : s.path("changes")) {
        pairs((ObjectNode) c, "explanation");
      }
    }
    root.put("schema_version", 2);
  }

  /**
   * Version 2 (until the advice issue) had no alerts and no roadmap keys: the alerts become an
   * empty list (they were not looked for), each roadmap action gets the key {@code
   * <material>:<kind>:<id>} that the application derived from the same fields, and a scenario's
   * changes get the stage exposures of their filieres when the stored stages give them.
   */
  static void upgradeFrom2(ObjectNode root) {
    if (!root.has("alerts")) {
      root.putArray("alerts");
    }
    for (JsonNode r : root.path("roadmap")) {
      ObjectNode action = (ObjectNode) r;
      if (!action.has("key")) {
        action.put("key", action.path("material").asString() + ":" + action.path("kind").asString() + ":"
            + action.path("id").asString());
      }
    }
    if (root.path("scenario") instanceof ObjectNode s) {
      for (JsonNode c : s.path("changes")) {
        ObjectNode change = (ObjectNode) c;
        String m = change.path("material").asString();
        change.put("baseline_exposure", exposureOf(root.path("filieres"), m));
        change.put("scenario_exposure", exposureOf(s.path("filieres"), m));
      }
    }
    root.put("schema_version", 3);
  }

  private static final java.util.regex.Pattern SERIES = java.util.regex.Pattern.compile("(\\S+) (\\d{4}) (.+)");

  /**
   * Labels of the reference data that assessments of this schema stored as English strings, made
   * the terms they are now, named in the reader's language: a production series ({@code <source>
   * <year> <series>}, the argument of {@code assessment.basis.world_mix} and {@code
   * assessment.basis.proxy}) and the title of a text's scope rules (the first argument of {@code
   * regulation.reason.regime_title} inside {@code regulation.reason.tier.rules_in_effect_since_s},
   * whose second argument is the regime's id). A stored assessment read again shows them in French
   * too. Texts already holding the terms are left as they are.
   */
  static void namedTerms(JsonNode node) {
    if (node instanceof ArrayNode list) {
      list.forEach(AssessmentJson::namedTerms);
      return;
    }
    if (!(node instanceof ObjectNode o)) {
      return;
    }
    String key = o.path("key").isString() ? o.path("key").asString() : "";
    if (o.get("args") instanceof ArrayNode args && !args.isEmpty()) {
      if ((key.equals("assessment.basis.world_mix") || key.equals("assessment.basis.proxy")) && args.get(0).isString()) {
        java.util.regex.Matcher m = SERIES.matcher(args.get(0).asString());
        if (m.matches()) {
          ObjectNode series = o.objectNode();
          series.put("key", "assessment.basis.series");
          ObjectNode term = o.objectNode();
          term.put("term", fr.vigie.engine.refdata.ReferenceData.PRODUCTION_SERIES);
          term.put("id", m.group(3));
          series.putArray("args").add(m.group(1)).add(m.group(2)).add(term);
          args.set(0, series);
        }
      }
      if (key.equals("regulation.reason.tier.rules_in_effect_since_s") && args.size() > 1 && args.get(1).isString()
          && args.get(0) instanceof ObjectNode title
          && "regulation.reason.regime_title".equals(title.path("key").asString(""))
          && title.get("args") instanceof ArrayNode titleArgs && titleArgs.size() > 1 && titleArgs.get(0).isString()
          && "regulation".equals(titleArgs.get(1).path("term").asString(""))) {
        ObjectNode term = o.objectNode();
        term.put("term", fr.vigie.engine.regulation.Regulation.REGIME);
        term.put("id", titleArgs.get(1).path("id").asString() + "#" + args.get(1).asString());
        titleArgs.set(0, term);
      }
    }
    o.properties().forEach(e -> namedTerms(e.getValue()));
  }

  /** The stage exposure of a stored filiere: stage scores weighted by stage masses. */
  private static double exposureOf(JsonNode filieres, String material) {
    for (JsonNode f : filieres) {
      if (f.path("material").asString().equals(material)) {
        double num = 0;
        double den = 0;
        for (JsonNode st : f.path("stages")) {
          num += st.path("mass_kg").asDouble() * st.path("score").asDouble();
          den += st.path("mass_kg").asDouble();
        }
        return den > 0 ? num / den : 0;
      }
    }
    return 0;
  }

  private static void filiereFrom1(ObjectNode f) {
    ObjectNode term = f.objectNode();
    term.put("term", "mineral");
    term.put("id", f.path("material").asString());
    f.set("name", term);
    pairs(f, "reasons");
    for (JsonNode s : f.path("stages")) {
      pair((ObjectNode) s, "basis");
    }
    for (JsonNode r : f.path("recommendations")) {
      recommendationFrom1((ObjectNode) r);
    }
  }

  private static void recommendationFrom1(ObjectNode r) {
    pair(r, "title");
    pair(r, "justification");
  }

  /** {@code key} and {@code key_fr} (strings) become one stored text under {@code key}. */
  private static void pair(ObjectNode node, String key) {
    JsonNode fr = node.remove(key + "_fr");
    if (node.get(key) instanceof JsonNode en && en.isString()) {
      node.set(key, stored(node, en.asString(), fr != null && fr.isString() ? fr.asString() : en.asString()));
    }
  }

  /** Lists {@code key} and {@code key_fr} (strings) become one list of stored texts under {@code key}. */
  private static void pairs(ObjectNode node, String key) {
    JsonNode fr = node.remove(key + "_fr");
    if (!(node.get(key) instanceof ArrayNode en)) {
      return;
    }
    ArrayNode out = node.arrayNode();
    for (int i = 0; i < en.size(); i++) {
      String english = en.get(i).asString();
      String french = fr != null && fr.isArray() && i < fr.size() ? fr.get(i).asString() : english;
      out.add(stored(node, english, french));
    }
    node.set(key, out);
  }

  private static ObjectNode stored(ObjectNode factory, String english, String french) {
    ObjectNode text = factory.objectNode();
    text.put("key", "assessment.stored");
    text.putArray("args").add(english).add(french);
    return text;
  }

  // ---------------------------------------------------------------- texts

  /** Writes texts as keys and arguments, terms as kind and id. */
  private static final class StoredText extends ValueSerializer<Localized> {
    @Override
    public void serialize(Localized value, JsonGenerator g, SerializationContext ctxt) {
      write(value, g);
    }

    private static void write(Object value, JsonGenerator g) {
      switch (value) {
        case Text t -> {
          g.writeStartObject();
          g.writeStringProperty("key", t.key());
          g.writeName("args");
          g.writeStartArray();
          for (Object a : t.args()) {
            write(a, g);
          }
          g.writeEndArray();
          g.writeEndObject();
        }
        case Term t -> {
          g.writeStartObject();
          g.writeStringProperty("term", t.kind());
          g.writeStringProperty("id", t.id());
          g.writeEndObject();
        }
        case LocalDate d -> {
          g.writeStartObject();
          g.writeStringProperty("date", d.toString());
          g.writeEndObject();
        }
        case Integer i -> g.writeNumber(i.longValue());
        case Double d -> g.writeNumber(d.doubleValue());
        case Long l -> {
          g.writeStartObject();
          g.writeNumberProperty("long", l.longValue());
          g.writeEndObject();
        }
        case java.math.BigDecimal d -> {
          g.writeStartObject();
          g.writeStringProperty("decimal", d.toString());
          g.writeEndObject();
        }
        case Number n -> g.writeNumber(n.doubleValue());
        default -> g.writeString(value.toString());
      }
    }
  }

  /** Writes texts and terms rendered in one language. */
  private static final class RenderedText extends ValueSerializer<Localized> {
    private final Messages messages;

    RenderedText(Messages messages) {
      this.messages = messages;
    }

    @Override
    public void serialize(Localized value, JsonGenerator g, SerializationContext ctxt) {
      g.writeString(messages.render(value));
    }
  }

  /** Reads what {@link StoredText} writes. */
  private static final class LocalizedReader<T extends Localized> extends ValueDeserializer<T> {
    private final Class<T> type;

    LocalizedReader(Class<T> type) {
      this.type = type;
    }

    @Override
    public T deserialize(JsonParser p, DeserializationContext ctxt) {
      JsonNode node = ctxt.readTree(p);
      Object value = value(node);
      if (!type.isInstance(value)) {
        return ctxt.reportInputMismatch(type, "expected a %s, got %s", type.getSimpleName(), node);
      }
      return type.cast(value);
    }

    private static Object value(JsonNode n) {
      if (n.isObject() && n.has("key")) {
        List<Object> args = new ArrayList<>();
        for (JsonNode a : n.path("args")) {
          args.add(value(a));
        }
        return new Text(n.get("key").asString(), args);
      }
      if (n.isObject() && n.has("term")) {
        return Term.of(n.get("term").asString(), n.path("id").asString());
      }
      if (n.isObject() && n.has("date")) {
        return LocalDate.parse(n.get("date").asString());
      }
      if (n.isObject() && n.has("long")) {
        return n.get("long").longValue();
      }
      if (n.isObject() && n.has("decimal")) {
        return new java.math.BigDecimal(n.get("decimal").asString());
      }
      if (n.isIntegralNumber()) {
        return n.canConvertToInt() ? (Object) n.intValue() : (Object) n.longValue();
      }
      if (n.isNumber()) {
        return n.doubleValue();
      }
      return n.asString();
    }
  }
}
