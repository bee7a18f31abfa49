package fr.vigie.engine.filing;

import fr.vigie.engine.kernel.Messages;
import java.util.Map;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

/**
 * A filing as one self-contained HTML page (inline CSS, no script, no external file), from the
 * template {@code fr/vigie/engine/report/filing.html} (Thymeleaf without Spring). Every text is
 * already in the document; the template's few labels are given to it rendered.
 */
final class FilingHtml {
  private FilingHtml() {}

  private static final TemplateEngine ENGINE = engine();

  private static TemplateEngine engine() {
    ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver(FilingHtml.class.getClassLoader());
    resolver.setPrefix("fr/vigie/engine/report/");
    resolver.setSuffix(".html");
    resolver.setTemplateMode(TemplateMode.HTML);
    resolver.setCharacterEncoding("UTF-8");
    resolver.setCacheable(true);
    TemplateEngine engine = new TemplateEngine();
    engine.setTemplateResolver(resolver);
    return engine;
  }

  /** The page. */
  static String html(FilingDocument d) {
    return render(d, false);
  }

  /** The page for the PDF renderer: well-formed XHTML. */
  static String xhtml(FilingDocument d) {
    return render(d, true);
  }

  private static String render(FilingDocument d, boolean pdf) {
    Messages m = Messages.of(d.locale());
    Map<String, Object> labels = Map.of(
        "sources", m.get("filing.heading.sources"),
        "versions", m.get("filing.heading.versions"),
        "missing", m.get("filing.heading.missing"),
        "nothingMissing", m.get("filing.missing.nothing"),
        "basis", m.get("filing.label.basis"));
    Context context = new Context(d.locale(), Map.of("d", d, "pdf", pdf, "l", labels,
        "language", d.locale().getLanguage()));
    return ENGINE.process("filing", context);
  }
}
