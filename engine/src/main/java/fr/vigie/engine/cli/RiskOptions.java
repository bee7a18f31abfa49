package fr.vigie.engine.cli;

import fr.vigie.engine.kernel.Explanation;
import fr.vigie.engine.risk.RiskEngine;
import java.io.PrintWriter;
import picocli.CommandLine.Option;

/** Options shared by the risk commands: {@code --method <file>}, {@code --year} and {@code --explain}. */
final class RiskOptions {
  @Option(names = "--method", paramLabel = "<id|file>",
      description = "Use this methodology instead of the default one: a built-in id (record-2023, vigie-default) or a methodology file (YAML).")
  String method;

  @Option(names = "--explain", description = "Also print the tree that produced each score (values, normalised values, weights, shares, sources, years).")
  boolean explain;

  @Option(names = "--year", paramLabel = "<yyyy>", description = "Use the indicator values of this year (nearest earlier year where a country has none; default: each country's latest).")
  Integer year;

  RiskEngine engine() {
    RiskEngine engine = method == null ? RiskEngine.loadDefault() : RiskEngine.load(method);
    return year == null ? engine : engine.atYear(year);
  }

  /** Prints the view, then the explanation when asked: as text after it, or inside the JSON. */
  static void print(
      PrintWriter out, RefDataViews.Explained<?> view, boolean json, boolean explain, Explanation explanation) {
    print(out, view, json, explain, explanation, java.util.Locale.ENGLISH);
  }

  /** Prints the view in the language of {@code locale} (see {@link Output#print(PrintWriter, Object, boolean, java.util.Locale)}). */
  static void print(PrintWriter out, RefDataViews.Explained<?> view, boolean json, boolean explain,
      Explanation explanation, java.util.Locale locale) {
    Output.print(out, explain && json ? view.withExplanation(explanation) : view, json, locale);
    if (explain && !json) {
      out.println("explanation:");
      out.print(explanation.text().indent(2));
      out.flush();
    }
  }
}
