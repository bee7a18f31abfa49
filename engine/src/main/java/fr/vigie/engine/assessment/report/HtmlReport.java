package fr.vigie.engine.assessment.report;

import fr.vigie.engine.assessment.Assessment;
import fr.vigie.engine.assessment.Assessment.Filiere;
import fr.vigie.engine.assessment.Assessment.Recommendation;
import fr.vigie.engine.assessment.Assessment.ScoreComponent;
import fr.vigie.engine.assessment.Assessment.StageExposure;
import fr.vigie.engine.assessment.Fmt;
import fr.vigie.engine.assessment.PriorityWeights;
import fr.vigie.engine.kernel.RiskCategory;
import fr.vigie.engine.kernel.Stage;
import java.util.List;
import java.util.Locale;

/**
 * The assessment as one self-contained HTML page: inline CSS, inline SVG charts, tables; no script,
 * no external style sheet, font or image, so it opens offline and can be mailed as one file.
 */
public final class HtmlReport {
  private HtmlReport() {}

  private static final String[] COMPONENT_COLOURS = {"#4e79a7", "#e15759", "#f28e2b", "#76b7b2", "#b07aa1"};
  private static final List<Stage> STAGES =
      List.of(Stage.EXTRACTION, Stage.PRE_TREATMENT, Stage.REFINING, Stage.RECYCLING);

  public static String html(Assessment a) {
    StringBuilder h = new StringBuilder(64 * 1024);
    h.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">")
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
        .append("<title>Vigie assessment: ").append(esc(a.company())).append("</title><style>")
        .append("body{font-family:system-ui,-apple-system,'Segoe UI',sans-serif;margin:2em auto;max-width:75em;")
        .append("padding:0 1em;color:#222}h1{font-size:1.6em}h2{margin-top:2em;border-bottom:2px solid #4e79a7}")
        .append("table{border-collapse:collapse;margin:1em 0;width:100%;font-size:.9em}")
        .append("th,td{border:1px solid #ccc;padding:.3em .5em;text-align:left;vertical-align:top}")
        .append("th{background:#eef2f7}td.num{text-align:right;white-space:nowrap}.ok{color:#1a7f37;font-weight:bold}")
        .append(".gap{color:#b42318;font-weight:bold}.small{font-size:.85em;color:#555}ul{margin:.2em 0;padding-left:1.2em}")
        .append("</style></head><body>\n");
    h.append("<h1>Mineral supply chains of ").append(esc(a.company())).append("</h1>\n");
    var p = a.provenance();
    h.append("<p class=\"small\">Reference date ").append(p.referenceDate()).append(" &middot; methodology ")
        .append(esc(p.methodology())).append(" &middot; priority weights ").append(esc(p.priorityWeights()))
        .append(" &middot; engine ").append(esc(p.engineVersion())).append("</p>\n");

    h.append("<h2>Ranking</h2>\n");
    h.append(chart(a));
    h.append("<table><tr><th>Rank</th><th>Filiere</th><th>Mass</th><th>Spend</th><th>Priority</th><th>Risk</th>")
        .append("<th>Origin known</th><th>Refiner known</th><th>Recycled</th><th>Reasons</th></tr>\n");
    for (Filiere f : a.filieres()) {
      h.append("<tr><td class=\"num\">").append(f.rank()).append("</td><td>").append(esc(f.name()))
          .append("</td><td class=\"num\">").append(esc(Fmt.kg(f.massKg()))).append("</td><td class=\"num\">")
          .append(String.format(Locale.ROOT, "%,.0f EUR", f.spendEur())).append("</td><td class=\"num\">")
          .append(Fmt.score(f.priorityScore())).append("</td><td class=\"num\">").append(Fmt.score(f.risk()))
          .append("</td><td class=\"num\">").append(Fmt.percent(f.originCoverage())).append("</td><td class=\"num\">")
          .append(Fmt.percent(f.refinerCoverage())).append("</td><td class=\"num\">").append(Fmt.percent(f.recycledShare()))
          .append("</td><td>").append(list(f.reasons())).append("</td></tr>\n");
    }
    h.append("</table>\n");

    h.append("<h2>Exposure per stage and category</h2>\n");
    h.append(exposureGrid(a));
    h.append("<p class=\"small\">Stage risk (0 to 1) per category; ")
        .append("darker is higher. Extraction and pre-treatment carry the primary mass, refining the whole mass, ")
        .append("recycling the recycled mass.</p>\n");
    h.append("<table><tr><th>Filiere</th><th>Stage</th>");
    for (RiskCategory c : RiskCategory.values()) {
      h.append("<th>").append(esc(c.name(java.util.Locale.ENGLISH))).append("</th>");
    }
    h.append("<th>Mass</th><th>Country known</th><th>Countries (share)</th><th>HHI</th><th>Basis</th></tr>\n");
    for (Filiere f : a.filieres()) {
      for (Stage s : STAGES) {
        var ex = f.stage(s);
        if (ex.isEmpty()) {
          continue;
        }
        StageExposure e = ex.get();
        h.append("<tr><td>").append(esc(f.material())).append("</td><td>").append(s.id()).append("</td>");
        for (RiskCategory c : RiskCategory.values()) {
          var score = e.category(c);
          h.append(score.map(x -> "<td class=\"num\" style=\"background:" + heat(x.score()) + ";color:"
                  + (x.score() >= 0.6 ? "#fff" : "#222") + "\">" + Fmt.score(x.score()) + "</td>")
              .orElse("<td class=\"num\">-</td>"));
        }
        h.append("<td class=\"num\">").append(esc(Fmt.kg(e.massKg()))).append("</td><td class=\"num\">")
            .append(Fmt.percent(e.knownShare())).append("</td><td>")
            .append(esc(String.join(", ", e.countries().stream().limit(5)
                .map(c -> c.country() + " " + Fmt.percent(c.share())).toList())))
            .append("</td><td class=\"num\">").append(e.hhi().map(Fmt::score).orElse("-")).append("</td><td class=\"small\">")
            .append(esc(e.basis())).append("</td></tr>\n");
      }
    }
    h.append("</table>\n");

    h.append("<h2>Regulations</h2>\n<table><tr><th>Text</th><th>Reference</th><th>Outcome</th><th>Applies from</th>")
        .append("<th>Minerals named</th><th>Why</th></tr>\n");
    for (var r : a.regulations()) {
      h.append("<tr><td>").append(esc(r.name())).append("</td><td class=\"small\">").append(esc(r.reference()))
          .append("</td><td>").append(esc(r.outcome().replace('_', ' '))).append("</td><td class=\"num\">")
          .append(r.appliesFrom().map(Object::toString).orElse("")).append("</td><td>")
          .append(esc(r.minerals().isEmpty() ? "all" : String.join(", ", r.minerals()))).append("</td><td class=\"small\">")
          .append(list(r.reasons())).append("</td></tr>\n");
    }
    h.append("</table>\n");

    h.append("<h2>Recommendations and gaps</h2>\n");
    if (!a.companyObligations().isEmpty()) {
      h.append("<h3>Company-wide obligations</h3>\n").append(recommendations(a.companyObligations()));
    }
    for (Filiere f : a.filieres()) {
      if (!f.recommendations().isEmpty()) {
        h.append("<h3>").append(f.rank()).append(". ").append(esc(f.name())).append("</h3>\n")
            .append(recommendations(f.recommendations()));
      }
    }

    h.append("<h2>Roadmap</h2>\n<table><tr><th>#</th><th>Phase</th><th>Due</th><th>Filiere</th><th>Action</th>")
        .append("<th>Justification</th></tr>\n");
    for (var r : a.roadmap()) {
      h.append("<tr><td class=\"num\">").append(r.order()).append("</td><td>").append(esc(r.phase().name(java.util.Locale.ENGLISH)))
          .append("</td><td class=\"num\">").append(r.dueDate()).append("</td><td>").append(esc(r.material()))
          .append("</td><td>").append(esc(r.title())).append(" <span class=\"small\">(").append(esc(r.id()))
          .append(")</span></td><td class=\"small\">").append(esc(r.justification())).append("</td></tr>\n");
    }
    h.append("</table>\n");

    a.scenario().ifPresent(s -> {
      h.append("<h2>Scenario: ").append(esc(s.name())).append("</h2>\n").append(list(s.overrides()));
      h.append("<table><tr><th>Filiere</th><th>Risk</th><th>Priority</th><th>Rank</th><th>Regulated mass</th>")
          .append("<th>Explanation</th></tr>\n");
      for (var c : s.changes()) {
        h.append("<tr><td>").append(esc(c.material())).append("</td><td class=\"num\">").append(Fmt.score(c.baselineRisk()))
            .append(" &rarr; ").append(Fmt.score(c.scenarioRisk())).append("</td><td class=\"num\">")
            .append(Fmt.score(c.baselineScore())).append(" &rarr; ").append(Fmt.score(c.scenarioScore()))
            .append("</td><td class=\"num\">").append(c.baselineRank()).append(" &rarr; ").append(c.scenarioRank())
            .append("</td><td class=\"num\">").append(esc(Fmt.kg(c.baselineRegulatedMassKg()))).append(" &rarr; ")
            .append(esc(Fmt.kg(c.scenarioRegulatedMassKg()))).append("</td><td class=\"small\">")
            .append(list(c.explanation())).append("</td></tr>\n");
      }
      h.append("</table>\n");
    });

    h.append("<h2>Provenance</h2>\n<ul class=\"small\">");
    for (var i : p.inputs()) {
      h.append("<li>").append(esc(i.role())).append(": ").append(esc(i.name())).append(" (SHA-256 ")
          .append(esc(i.sha256())).append(")</li>");
    }
    for (String r : p.referenceData()) {
      h.append("<li>").append(esc(r)).append("</li>");
    }
    h.append("<li>solutions catalogue as of ").append(esc(p.solutionsAsOf())).append("</li></ul>\n");
    h.append("</body></html>\n");
    return h.toString();
  }

  /** A stacked horizontal bar per filiere: the contribution of each component to its priority. */
  private static String chart(Assessment a) {
    int rowH = 22;
    int left = 150;
    int width = 520;
    int height = 30 + rowH * a.filieres().size() + 30;
    StringBuilder s = new StringBuilder();
    s.append("<svg role=\"img\" aria-label=\"Priority score per filiere\" width=\"")
        .append(left + width + 60).append("\" height=\"").append(height).append("\" font-size=\"12\">");
    int y = 20;
    for (Filiere f : a.filieres()) {
      s.append("<text x=\"").append(left - 6).append("\" y=\"").append(y + 14).append("\" text-anchor=\"end\">")
          .append(esc(f.rank() + ". " + f.material())).append("</text>");
      double x = left;
      int i = 0;
      for (ScoreComponent c : f.components()) {
        double w = c.contribution() * width;
        s.append(String.format(Locale.ROOT, "<rect x=\"%.1f\" y=\"%d\" width=\"%.1f\" height=\"%d\" fill=\"%s\">"
            + "<title>%s %s</title></rect>", x, y, w, rowH - 6, COMPONENT_COLOURS[i % COMPONENT_COLOURS.length],
            c.id(), Fmt.score(c.contribution())));
        x += w;
        i++;
      }
      s.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%d\">%s</text>", x + 4, y + 14,
          Fmt.score(f.priorityScore())));
      y += rowH;
    }
    int lx = left;
    for (int i = 0; i < PriorityWeights.COMPONENTS.size(); i++) {
      s.append("<rect x=\"").append(lx).append("\" y=\"").append(y + 6).append("\" width=\"10\" height=\"10\" fill=\"")
          .append(COMPONENT_COLOURS[i]).append("\"/><text x=\"").append(lx + 14).append("\" y=\"").append(y + 15)
          .append("\">").append(PriorityWeights.COMPONENTS.get(i)).append("</text>");
      lx += 110;
    }
    s.append("</svg>\n");
    return s.toString();
  }

  /**
   * A grid per filiere: its risk exposure per category (colour from white to dark red) and its
   * traceability (share of the mass with a known mine and refiner country, as a bar).
   */
  private static String exposureGrid(Assessment a) {
    int cell = 90;
    int rowH = 24;
    int left = 150;
    RiskCategory[] cats = RiskCategory.values();
    int width = left + cell * (cats.length + 2) + 10;
    int height = 40 + rowH * a.filieres().size();
    StringBuilder s = new StringBuilder();
    s.append("<svg role=\"img\" aria-label=\"Risk exposure per category and traceability per filiere\" width=\"")
        .append(width).append("\" height=\"").append(height).append("\" font-size=\"11\">");
    String[] heads = new String[cats.length + 2];
    for (int i = 0; i < cats.length; i++) {
      heads[i] = cats[i] == RiskCategory.SOCIO_ECONOMIC_POLITICAL ? "socio-economic" : cats[i].name(java.util.Locale.ENGLISH).toLowerCase(Locale.ROOT);
    }
    heads[cats.length] = "origin known";
    heads[cats.length + 1] = "refiner known";
    for (int i = 0; i < heads.length; i++) {
      s.append("<text x=\"").append(left + i * cell + cell / 2).append("\" y=\"14\" text-anchor=\"middle\">")
          .append(esc(heads[i])).append("</text>");
    }
    int y = 22;
    for (Filiere f : a.filieres()) {
      s.append("<text x=\"").append(left - 6).append("\" y=\"").append(y + 15).append("\" text-anchor=\"end\">")
          .append(esc(f.rank() + ". " + f.material())).append("</text>");
      for (int i = 0; i < cats.length; i++) {
        RiskCategory c = cats[i];
        var score = f.categories().stream().filter(x -> x.category() == c).findFirst();
        int x = left + i * cell;
        s.append("<rect x=\"").append(x).append("\" y=\"").append(y).append("\" width=\"").append(cell - 2)
            .append("\" height=\"").append(rowH - 2).append("\" fill=\"")
            .append(score.map(v -> heat(v.score())).orElse("#eeeeee")).append("\"/>");
        s.append("<text x=\"").append(x + cell / 2).append("\" y=\"").append(y + 15)
            .append("\" text-anchor=\"middle\" fill=\"").append(score.map(v -> v.score() >= 0.6 ? "#fff" : "#222").orElse("#222"))
            .append("\">").append(score.map(v -> Fmt.score(v.score())).orElse("-")).append("</text>");
      }
      double[] coverage = {f.originCoverage(), f.refinerCoverage()};
      for (int i = 0; i < 2; i++) {
        int x = left + (cats.length + i) * cell;
        s.append("<rect x=\"").append(x).append("\" y=\"").append(y).append("\" width=\"").append(cell - 2)
            .append("\" height=\"").append(rowH - 2).append("\" fill=\"#eeeeee\"/>");
        s.append(String.format(Locale.ROOT, "<rect x=\"%d\" y=\"%d\" width=\"%.1f\" height=\"%d\" fill=\"#4e79a7\"/>",
            x, y, (cell - 2) * coverage[i], rowH - 2));
        s.append("<text x=\"").append(x + cell / 2).append("\" y=\"").append(y + 15)
            .append("\" text-anchor=\"middle\">").append(Fmt.percent(coverage[i])).append("</text>");
      }
      y += rowH;
    }
    return s.append("</svg>\n").toString();
  }

  private static String recommendations(List<Recommendation> recs) {
    StringBuilder h = new StringBuilder("<table><tr><th>Status</th><th>Kind</th><th>Recommendation</th><th>Horizon</th>")
        .append("<th>Why</th></tr>\n");
    for (Recommendation r : recs) {
      h.append("<tr><td>").append(r.inPlace() ? "<span class=\"ok\">&#10003; in place</span>"
              : "<span class=\"gap\">&#10007; gap</span>")
          .append("</td><td>").append(r.kind().name().toLowerCase(Locale.ROOT)).append("</td><td>")
          .append(esc(r.title())).append(" <span class=\"small\">(").append(esc(r.id())).append(")</span></td><td>")
          .append(esc(r.horizon().name(java.util.Locale.ENGLISH))).append(r.dueDate().map(d -> " (" + d + ")").orElse(""))
          .append("</td><td class=\"small\">").append(esc(r.justification())).append("</td></tr>\n");
    }
    return h.append("</table>\n").toString();
  }

  private static String list(List<String> items) {
    StringBuilder h = new StringBuilder("<ul>");
    items.forEach(i -> h.append("<li>").append(esc(i)).append("</li>"));
    return h.append("</ul>").toString();
  }

  /** White to dark red over [0,1]. */
  static String heat(double v) {
    double t = Math.max(0, Math.min(1, v));
    int r = (int) Math.round(255 - t * (255 - 153));
    int g = (int) Math.round(255 - t * 255);
    int b = (int) Math.round(255 - t * 255);
    return String.format(Locale.ROOT, "#%02x%02x%02x", r, g, b);
  }

  static String esc(String s) {
    StringBuilder b = new StringBuilder(s.length());
    for (char c : s.toCharArray()) {
      switch (c) {
        case '<' -> b.append("&lt;");
        case '>' -> b.append("&gt;");
        case '&' -> b.append("&amp;");
        case '"' -> b.append("&quot;");
        case '\'' -> b.append("&#39;");
        default -> b.append(c);
      }
    }
    return b.toString();
  }
}
