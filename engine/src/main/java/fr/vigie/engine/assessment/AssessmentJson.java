package fr.vigie.engine.assessment;

import fr.vigie.engine.kernel.VigieException;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.cfg.EnumFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The JSON form of an {@link Assessment}: snake_case keys, enums as lower-case ids
 * ({@code human_rights}, {@code pre_treatment}), dates as {@code yyyy-mm-dd}, absent values as
 * {@code null}. {@link #read} gives back an equal record tree ({@link #write} then {@link #read} is
 * lossless), so stored assessments can be shown again as they were computed.
 */
public final class AssessmentJson {
  private static final JsonMapper MAPPER = JsonMapper.builder()
      .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
      .enable(EnumFeature.WRITE_ENUMS_TO_LOWERCASE)
      .enable(MapperFeature.ACCEPT_CASE_INSENSITIVE_ENUMS)
      .enable(SerializationFeature.INDENT_OUTPUT)
      .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
      .build();

  private AssessmentJson() {}

  /** The assessment as indented JSON. */
  public static String write(Assessment assessment) {
    return MAPPER.writeValueAsString(assessment);
  }

  /** Reads an assessment written by {@link #write}; {@code source} names it in messages. */
  public static Assessment read(String source, String json) {
    try {
      return MAPPER.readValue(json, Assessment.class);
    } catch (JacksonException e) {
      throw new VigieException(source + ": not an assessment (" + e.getOriginalMessage() + ")", e);
    }
  }
}
