package fr.vigie.engine.cli;

import fr.vigie.engine.kernel.FileReason;
import fr.vigie.engine.declaration.consolidate.ReferenceSmelter;
import fr.vigie.engine.declaration.consolidate.SmelterCheck;
import fr.vigie.engine.declaration.consolidate.SmelterReference;
import fr.vigie.engine.io.Csv;
import fr.vigie.engine.kernel.Messages;
import fr.vigie.engine.kernel.Problem;
import fr.vigie.engine.kernel.ProblemException;
import fr.vigie.engine.kernel.Term;
import fr.vigie.engine.kernel.Text;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The smelter checks of {@code declarations consolidate --smelters}: a summary, the smelters to follow up, a CSV. */
final class SmelterAuditReport {
  private SmelterAuditReport() {}

  /** Most smelters to follow up printed; the CSV ({@code --audit}) has them all. */
  static final int PRINTED = 40;

  static void print(List<SmelterCheck> checks, SmelterReference reference, Messages m, PrintWriter w) {
    List<SmelterCheck> action = checks.stream().filter(SmelterCheck::needsAction).toList();
    w.println("  " + m.render(Text.of("declaration.smelter-audit.summary", reference.source(), reference.size(),
        checks.size(), action.size())));
    for (SmelterCheck c : action.stream().limit(PRINTED).toList()) {
      w.println("    " + m.render(Text.of("declaration.smelter-audit.line", Term.of("mineral", c.metal().value()),
          c.smelterId().orElse("-"), c.reportedName(), String.join(", ", c.suppliers()), reasons(c, m))));
    }
  }

  private static String reasons(SmelterCheck c, Messages m) {
    List<String> out = new ArrayList<>();
    if (c.status().isRedFlag()) {
      out.add(m.render(status(c)));
    }
    if (c.cahra()) {
      out.add(m.render(Text.of("declaration.smelter-audit.cahra")));
    }
    if (c.russianGold()) {
      out.add(m.render(Text.of("declaration.smelter-audit.russian-gold")));
    }
    return String.join("; ", out);
  }

  private static Text status(SmelterCheck c) {
    return Text.of("declaration.smelter-status." + c.status().name().toLowerCase(Locale.ROOT));
  }

  /** One line per smelter: ids and codes as they are, names made safe for spreadsheets. */
  static void write(List<SmelterCheck> checks, Path file) {
    StringBuilder sb = new StringBuilder(Csv.line(List.of("metal", "smelter_id", "reported_name", "listed_name",
        "country", "status", "rmap_status", "cahra", "russian_gold", "suppliers")));
    for (SmelterCheck c : checks) {
      sb.append(Csv.spreadsheetSafeLine(List.of(c.metal().value(), c.smelterId().orElse(""), c.reportedName(),
          c.reference().map(ReferenceSmelter::name).orElse(""), c.country().orElse(""),
          c.status().name().toLowerCase(Locale.ROOT),
          c.reference().flatMap(ReferenceSmelter::status).map(s -> s.name().toLowerCase(Locale.ROOT)).orElse(""),
          Boolean.toString(c.cahra()), Boolean.toString(c.russianGold()), String.join("; ", c.suppliers()))));
    }
    try {
      Files.writeString(file, sb.toString(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new ProblemException(Problem.error("declaration.export_unwritable", FileReason.of(file, e))
          .at(file.toString(), null), e);
    }
  }
}
