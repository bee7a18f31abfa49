package fr.vigie.engine.cli;

import fr.vigie.engine.declaration.Declaration;
import fr.vigie.engine.declaration.DeclarationResult;
import fr.vigie.engine.declaration.Finding;
import fr.vigie.engine.declaration.SmelterRow;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The JSON shape of one file's result (see docs/declarations.md). */
final class JsonView {
  private JsonView() {}

  static Map<String, Object> file(DeclarationResult r) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("file", r.file().toString());
    Declaration d = r instanceof DeclarationResult.Read read ? read.declaration() : null;
    m.put("readable", d != null);
    m.put("template", d == null ? null : d.template().name());
    m.put("version", d == null ? null : d.version());
    m.put("company", d == null ? null : d.company().name());
    m.put("effective_date", d == null ? null : d.company().effectiveDate().map(Object::toString).orElse(null));
    m.put("minerals", d == null ? List.of() : d.mineralsInScope().stream().map(Object::toString).toList());
    List<Map<String, Object>> findings = new ArrayList<>();
    for (Finding f : r.findings()) {
      Map<String, Object> fm = new LinkedHashMap<>();
      fm.put("severity", f.severity().id());
      fm.put("rule", f.ruleId());
      fm.put("sheet", f.sheet());
      fm.put("cell", f.cell());
      fm.put("message", f.messageEn());
      fm.put("message_fr", f.messageFr());
      findings.add(fm);
    }
    m.put("findings", findings);
    List<Map<String, Object>> smelters = new ArrayList<>();
    if (d != null) {
      for (SmelterRow s : d.smelters()) {
        Map<String, Object> sm = new LinkedHashMap<>();
        sm.put("row", s.row());
        sm.put("metal", s.metal().map(Object::toString).orElse(s.metalText()));
        sm.put("name", s.name());
        sm.put("country", s.country().orElse(null));
        sm.put("smelter_id", s.smelterId().orElse(null));
        sm.put("lookup", s.lookup().name().toLowerCase(java.util.Locale.ROOT));
        smelters.add(sm);
      }
    }
    m.put("smelters", smelters);
    return m;
  }
}
