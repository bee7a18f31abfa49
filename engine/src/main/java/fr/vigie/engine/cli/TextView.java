package fr.vigie.engine.cli;

import fr.vigie.engine.declaration.Declaration;
import fr.vigie.engine.declaration.DeclarationResult;
import fr.vigie.engine.declaration.Finding;
import fr.vigie.engine.declaration.Severity;
import fr.vigie.engine.declaration.SmelterRow;
import fr.vigie.engine.kernel.Messages;
import fr.vigie.engine.kernel.Text;
import java.io.PrintWriter;
import java.util.Locale;

/** Plain-text view of one file's result for the terminal, findings in the {@code --lang} language. */
final class TextView {
  private TextView() {}

  static void file(DeclarationResult r, Messages messages, PrintWriter out) {
    long errors = r.findings().stream().filter(f -> f.severity() == Severity.ERROR).count();
    long warnings = r.findings().stream().filter(f -> f.severity() == Severity.WARNING).count();
    long infos = r.findings().size() - errors - warnings;
    switch (r) {
      case DeclarationResult.Rejected rej -> out.println(label(messages, "rejected", r.file().toString(),
          rej.reason().ruleId(), rej.reason().message(messages)));
      case DeclarationResult.Read read -> {
        Declaration d = read.declaration();
        out.println(label(messages, "summary", r.file().toString(), String.valueOf(d.template()), d.version(),
            d.company().name(), String.join(", ", d.mineralsInScope().stream().map(String::valueOf).toList()),
            String.valueOf(errors), String.valueOf(warnings), String.valueOf(infos),
            String.valueOf(d.smelters().size())));
        for (Finding f : r.findings()) {
          out.printf(Locale.ROOT, "  %-14s %-28s %-26s %s%n", label(messages, "severity." + f.severity().id()),
              f.location(), f.ruleId(), f.message(messages));
        }
        String smelterRow = label(messages, "smelter_row");
        for (SmelterRow s : d.smelters()) {
          out.printf(Locale.ROOT, "  %s %-5d %-17s %-10s %-4s %s%n", smelterRow, s.row(),
              s.metal().map(Object::toString).orElse(s.metalText()), s.smelterId().orElse("-"), s.country().orElse("-"),
              s.name().isBlank() ? s.lookupText() : s.name());
        }
      }
    }
  }

  /** A label of the plain-text view ({@code cli.declarations.<key>}) in the language of {@code m}. */
  static String label(Messages m, String key, Object... args) {
    return m.render(Text.of("cli.declarations." + key, args));
  }
}
