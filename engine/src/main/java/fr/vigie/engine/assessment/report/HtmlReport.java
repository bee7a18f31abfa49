package fr.vigie.engine.assessment.report;

import fr.vigie.engine.assessment.Assessment;
import fr.vigie.engine.kernel.Messages;
import java.util.Map;
import java.util.Set;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.context.ITemplateContext;
import org.thymeleaf.messageresolver.IMessageResolver;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

/**
 * The assessment as one self-contained HTML page (inline CSS, inline SVG charts, tables; no script,
 * no external style sheet, font or image, so it opens offline and can be mailed as one file), in the
 * reader's language. It is the one report template, {@code fr/vigie/engine/report/assessment.html}
 * (Thymeleaf, without Spring), shared by the command line ({@code assess --out report.html}) and the
 * application (HTML export, and the PDF rendered from {@link #xhtml}). The template reads a {@link
 * ReportModel} (texts already rendered) and its labels are {@code #{report.*}} keys resolved by the
 * engine's {@link Messages}.
 */
public final class HtmlReport {
  private HtmlReport() {}

  /** The template, under {@code fr/vigie/engine/report/}. */
  static final String TEMPLATE = "assessment";

  private static final String MESSAGES = "messages";

  private static final TemplateEngine ENGINE = engine();

  private static TemplateEngine engine() {
    ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver(HtmlReport.class.getClassLoader());
    resolver.setPrefix("fr/vigie/engine/report/");
    resolver.setSuffix(".html");
    resolver.setTemplateMode(TemplateMode.HTML);
    resolver.setCharacterEncoding("UTF-8");
    resolver.setCacheable(true);
    TemplateEngine engine = new TemplateEngine();
    engine.setTemplateResolver(resolver);
    engine.setMessageResolver(new MessagesResolver());
    return engine;
  }

  /** The report in English. */
  public static String html(Assessment a) {
    return html(a, Messages.english());
  }

  /** The report in the language of {@code messages}. */
  public static String html(Assessment a, Messages messages) {
    return render(ReportModels.of(a, messages), messages, false, null);
  }

  /**
   * The report for a PDF renderer: the same page without the charts (SVG), well-formed XHTML.
   */
  public static String xhtml(Assessment a, Messages messages) {
    return render(ReportModels.of(a, messages), messages, true, null);
  }

  /** Only the report's body ({@code <div class="report">}), to place inside another page. */
  public static String body(Assessment a, Messages messages) {
    return render(ReportModels.of(a, messages), messages, false, "body");
  }

  private static String render(ReportModel model, Messages messages, boolean pdf, String fragment) {
    Context context = new Context(messages.locale(), Map.of("r", model, "pdf", pdf, MESSAGES, messages));
    return fragment == null ? ENGINE.process(TEMPLATE, context)
        : ENGINE.process(TEMPLATE, Set.of(fragment), context);
  }

  /** Thymeleaf's {@code #{key(args)}} through the engine's message bundles. */
  private static final class MessagesResolver implements IMessageResolver {
    @Override
    public String getName() {
      return "vigie-messages";
    }

    @Override
    public Integer getOrder() {
      return 0;
    }

    @Override
    public String resolveMessage(ITemplateContext context, Class<?> origin, String key, Object[] args) {
      Messages messages = (Messages) context.getVariable(MESSAGES);
      return messages.get(key, args == null ? new Object[0] : args);
    }

    @Override
    public String createAbsentMessageRepresentation(ITemplateContext context, Class<?> origin, String key,
        Object[] args) {
      return "??" + key + "??";
    }
  }
}
