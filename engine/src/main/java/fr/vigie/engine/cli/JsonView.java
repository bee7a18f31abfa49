package fr.vigie.engine.cli;

import com.fasterxml.jackson.annotation.JsonProperty;
import fr.vigie.engine.declaration.Declaration;
import fr.vigie.engine.declaration.DeclarationResult;
import fr.vigie.engine.declaration.Finding;
import fr.vigie.engine.declaration.SmelterRow;
import fr.vigie.engine.kernel.Messages;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The JSON shape of one file's result (see docs/declarations.md): each finding's {@code message}
 * in the {@code --lang} language and its {@code messages} in English, French and that language.
 */
final class JsonView {
  private JsonView() {}

  /** One file of {@code declarations read --json}. */
  record FileJson(
      String file,
      boolean readable,
      String template,
      String version,
      String company,
      @JsonProperty("effective_date") String effectiveDate,
      List<String> minerals,
      List<FindingJson> findings,
      List<SmelterJson> smelters) {}

  /** One finding: the message in the reader's language and in every language of the bundles. */
  record FindingJson(
      String severity, String rule, String sheet, String cell, String message, Map<String, String> messages) {}

  /** One row of the file's smelter list. */
  record SmelterJson(
      int row,
      String metal,
      String name,
      String country,
      @JsonProperty("smelter_id") String smelterId,
      String lookup) {}

  /** The languages every finding is also given in ({@code messages}), besides the reader's. */
  static final List<String> LANGUAGES = List.of("en", "fr");

  /** Messages in English, French and the reader's language, by language code. */
  static Map<String, Messages> languages(Messages reader) {
    Map<String, Messages> all = new LinkedHashMap<>();
    for (String language : LANGUAGES) {
      all.put(language, language.equals(reader.locale().getLanguage()) ? reader : Lang.messages(language));
    }
    all.putIfAbsent(reader.locale().getLanguage(), reader);
    return all;
  }

  static FileJson file(DeclarationResult r, Messages messages, Map<String, Messages> all) {
    Declaration d = r instanceof DeclarationResult.Read read ? read.declaration() : null;
    List<FindingJson> findings = r.findings().stream().map(f -> finding(f, messages, all)).toList();
    List<SmelterJson> smelters = d == null ? List.of() : d.smelters().stream().map(JsonView::smelter).toList();
    return new FileJson(
        r.file().toString(),
        d != null,
        d == null ? null : d.template().name(),
        d == null ? null : d.version(),
        d == null ? null : d.company().name(),
        d == null ? null : d.company().effectiveDate().map(Object::toString).orElse(null),
        d == null ? List.of() : d.mineralsInScope().stream().map(Object::toString).toList(),
        findings,
        smelters);
  }

  private static FindingJson finding(Finding f, Messages messages, Map<String, Messages> all) {
    Map<String, String> texts = new LinkedHashMap<>();
    all.forEach((language, m) -> texts.put(language, f.message(m)));
    return new FindingJson(f.severity().id(), f.ruleId(), f.sheet(), f.cell(), f.message(messages), texts);
  }

  private static SmelterJson smelter(SmelterRow s) {
    return new SmelterJson(s.row(), s.metal().map(Object::toString).orElse(s.metalText()), s.name(),
        s.country().orElse(null), s.smelterId().orElse(null), s.lookup().name().toLowerCase(Locale.ROOT));
  }
}
