package fr.vigie.engine.regulation;

import fr.vigie.engine.kernel.FileReason;
import fr.vigie.engine.io.Fields;
import fr.vigie.engine.io.YamlNode;
import fr.vigie.engine.io.YamlReader;
import fr.vigie.engine.kernel.Names;
import fr.vigie.engine.kernel.Problem;
import fr.vigie.engine.kernel.ProblemException;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * What changed in the regulatory knowledge base ({@code changelog.yaml} beside the texts): new
 * texts, moved dates, thresholds, scopes, obligations, corrections, each dated, naming its text and
 * its source. It tells a user why an answer changed between two dates.
 */
public final class RegulationChangelog {
  private static final String RESOURCE = "/fr/vigie/engine/regulation/changelog.yaml";

  /** The kinds of change an entry may be. */
  public static final Set<String> KINDS =
      Set.of("new_text", "moved_date", "threshold", "scope", "obligation", "status", "correction");

  /**
   * One change.
   *
   * @param date the date the change takes effect (in the law, or in the data for a correction)
   * @param text the id of the text it concerns
   * @param kind one of {@link #KINDS}
   * @param what what changed, per language
   * @param source where it is stated
   * @param verified false when the change could not be checked against an official source
   */
  public record Change(LocalDate date, String text, String kind, Names what, URI source, boolean verified) {
    public Change {
      Objects.requireNonNull(date, "date");
      Objects.requireNonNull(text, "text");
      Objects.requireNonNull(kind, "kind");
      Objects.requireNonNull(what, "what");
      Objects.requireNonNull(source, "source");
    }
  }

  private final List<Change> changes;

  private RegulationChangelog(List<Change> changes) {
    this.changes = changes.stream().sorted(Comparator.comparing(Change::date)).toList();
  }

  /** Every change, oldest first. */
  public List<Change> all() {
    return changes;
  }

  /** The changes dated on or after {@code since}, oldest first. */
  public List<Change> since(LocalDate since) {
    return changes.stream().filter(c -> !c.date().isBefore(since)).toList();
  }

  /** The date of the latest change. */
  public LocalDate latest() {
    return changes.isEmpty() ? LocalDate.MIN : changes.get(changes.size() - 1).date();
  }

  /**
   * The built-in changelog; every entry must name a text of {@code catalog} (a problem naming the
   * file and line otherwise).
   */
  public static RegulationChangelog builtIn(RegulationCatalog catalog) {
    String source = "built-in changelog.yaml";
    try (InputStream in = RegulationChangelog.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new ProblemException(Problem.error("regulation.listed_but_missing").at(source, null));
      }
      return read(source, YamlReader.read(source, in), catalog);
    } catch (IOException e) {
      throw new ProblemException(
          Problem.error("io.unreadable", FileReason.of(e)).at(source, null), e);
    }
  }

  static RegulationChangelog read(String source, YamlNode root, RegulationCatalog catalog) {
    Fields f = Fields.of(source, root, "the regulations changelog").allow("changes");
    f.rejectUnknown();
    List<Change> out = new ArrayList<>();
    for (YamlNode n : f.list("changes")) {
      Fields c = Fields.of(source, n, "a change")
          .allow("date", "text", "kind", "en", "fr", "source", "verified");
      String text = c.string("text");
      if (catalog.find(text).isEmpty()) {
        throw c.problemAt("text", "regulation.changelog_unknown_text", text);
      }
      String kind = c.string("kind");
      if (!KINDS.contains(kind)) {
        throw c.problemAt("kind", "regulation.changelog_bad_kind", kind,
            String.join(", ", KINDS.stream().sorted().toList()));
      }
      Names what = RegulationFileReader.languageKeys(c, "");
      out.add(new Change(c.date("date"), text, kind, what, url(c), c.optBool("verified").orElse(true)));
    }
    return new RegulationChangelog(out);
  }

  private static URI url(Fields c) {
    String s = c.string("source");
    try {
      URI u = new URI(s);
      if (u.getScheme() == null || !u.getScheme().startsWith("http") || u.getHost() == null) {
        throw new URISyntaxException(s, "not an http(s) address");
      }
      return u;
    } catch (URISyntaxException e) {
      throw c.problemAt("source", "regulation.bad_url", "source", s);
    }
  }
}
