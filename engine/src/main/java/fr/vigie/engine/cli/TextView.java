package fr.vigie.engine.cli;

import fr.vigie.engine.declaration.Declaration;
import fr.vigie.engine.declaration.DeclarationResult;
import fr.vigie.engine.declaration.Finding;
import fr.vigie.engine.declaration.Severity;
import fr.vigie.engine.declaration.SmelterRow;
import fr.vigie.engine.kernel.Messages;
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
      case DeclarationResult.Rejected rej -> out.printf(Locale.ROOT, "%s: REJECTED [%s] %s%n", r.file(),
          rej.reason().ruleId(), rej.reason().message(messages));
      case DeclarationResult.Read read -> {
        Declaration d = read.declaration();
        out.printf(Locale.ROOT, "%s: %s %s, company \"%s\", minerals %s: %d error(s), %d warning(s), %d info, %d smelter row(s)%n",
            r.file(), d.template(), d.version(), d.company().name(), d.mineralsInScope(), errors, warnings, infos,
            d.smelters().size());
        for (Finding f : r.findings()) {
          out.printf(Locale.ROOT, "  %-7s %-28s %-26s %s%n", f.severity().id(), f.location(), f.ruleId(),
              f.message(messages));
        }
        for (SmelterRow s : d.smelters()) {
          out.printf(Locale.ROOT, "  smelter row %-5d %-17s %-10s %-4s %s%n", s.row(),
              s.metal().map(Object::toString).orElse(s.metalText()), s.smelterId().orElse("-"), s.country().orElse("-"),
              s.name().isBlank() ? s.lookupText() : s.name());
        }
      }
    }
  }
}
