package fr.vigie.engine.filing;

import fr.vigie.engine.assessment.Assessment;
import fr.vigie.engine.filing.FilingDocument.Fact;
import fr.vigie.engine.filing.FilingDocument.Section;
import fr.vigie.engine.kernel.Messages;
import fr.vigie.engine.kernel.Text;
import java.util.ArrayList;
import java.util.List;

/** Draws up one filing in one language from its input (see {@link Filings#build}). */
final class FilingBuilder {
  private final FilingKind kind;
  private final FilingInput in;
  private final Messages m;
  private final Assessment a;
  private final List<String> missing = new ArrayList<>();
  private final List<String> sources = new ArrayList<>();

  FilingBuilder(FilingKind kind, FilingInput in, Messages m) {
    this.kind = kind;
    this.in = in;
    this.m = m;
    this.a = in.assessment();
  }

  FilingDocument build() {
    List<Section> sections = new ArrayList<>();
    return new FilingDocument(kind, m.locale(), t("filing." + kind.id() + ".title"),
        t("filing.subtitle", a.company(), in.reportDate(), a.provenance().referenceDate()),
        t("filing." + kind.id() + ".notice"), sections, sources, versions(), missing);
  }

  private List<Fact> versions() {
    Assessment.Provenance p = a.provenance();
    List<Fact> out = new ArrayList<>();
    out.add(new Fact(t("filing.version.vigie"), Versions.vigie()));
    out.add(new Fact(t("filing.version.assessment_engine"), p.engineVersion()));
    out.add(new Fact(t("filing.version.methodology"), p.methodology()));
    out.add(new Fact(t("filing.version.priority_weights"), p.priorityWeights()));
    out.add(new Fact(t("filing.version.solutions"), p.solutionsAsOf()));
    out.add(new Fact(t("filing.version.reference_date"), m.render(p.referenceDate())));
    for (String d : p.referenceData()) {
      out.add(new Fact(t("filing.version.data"), d));
    }
    for (Assessment.InputFile f : p.inputs()) {
      out.add(new Fact(t("filing.version.input", f.role()), f.name() + " (SHA-256 " + f.sha256() + ")"));
    }
    return out;
  }

  private String t(String key, Object... args) {
    return m.render(Text.of(key, args));
  }
}
