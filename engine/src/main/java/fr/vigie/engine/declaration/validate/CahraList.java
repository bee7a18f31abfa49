package fr.vigie.engine.declaration.validate;

import fr.vigie.engine.kernel.FileReason;
import fr.vigie.engine.duediligence.DueDiligence;
import fr.vigie.engine.kernel.Problem;
import fr.vigie.engine.refdata.ReferenceData;
import fr.vigie.engine.kernel.ProblemException;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Conflict-affected and high-risk areas as ISO alpha-3 codes, with where the list comes from.
 *
 * <p>File format (UTF-8 CSV): lines starting with {@code #} are comments (the {@code # source:} and
 * {@code # date:} lines are kept as provenance), a header line {@code iso3,...}, then one country
 * per line with its ISO 3166-1 alpha-3 code in the first column; other columns are free text.
 *
 * <p>The default ({@link #loadDefault()}) is the EU indicative list of conflict-affected and
 * high-risk areas (Regulation (EU) 2017/821) of the reference data: every country with the whole
 * country or at least one region designated. The Dodd-Frank 1502 list (DRC and adjoining countries)
 * stays available by name ({@link #named(String)}, {@value #DODD_FRANK}).
 */
public record CahraList(Set<String> alpha3, String source, String date) {
  /** Name of the default list: the EU indicative CAHRA list. */
  public static final String EU = "eu-cahra";
  /** Name of the Dodd-Frank 1502 list. */
  public static final String DODD_FRANK = "dodd-frank-1502";
  public static final String DODD_FRANK_RESOURCE = "/fr/vigie/engine/refdata/cahra-dodd-frank-1502.csv";

  public CahraList {
    alpha3 = Set.copyOf(alpha3);
  }

  /** Short name of the list for messages: the source up to its first colon. */
  public String label() {
    int colon = source.indexOf(':');
    return colon > 0 ? source.substring(0, colon).strip() : source;
  }

  public boolean contains(String code) {
    return alpha3.contains(code);
  }

  /** The default list: the EU indicative CAHRA list of the bundled reference data. */
  public static CahraList loadDefault() {
    return eu(ReferenceData.loadDefault().dueDiligence());
  }

  /** The EU indicative CAHRA list of these due-diligence data, by country. */
  public static CahraList eu(DueDiligence dd) {
    String date = dd.cahraListings().values().stream().findFirst().map(l -> l.asOf().toString()).orElse("");
    return new CahraList(dd.cahraListings().keySet(),
        "EU CAHRA list: indicative, non-exhaustive list of conflict-affected and high-risk areas under Regulation (EU) "
            + "2017/821, RAND Europe for the European Commission (" + dd.cahraSource() + ")", date);
  }

  /** A shipped list by name: {@value #EU} or {@value #DODD_FRANK}; empty for any other name. */
  public static java.util.Optional<CahraList> named(String name) {
    return switch (name.strip().toLowerCase(Locale.ROOT)) {
      case EU -> java.util.Optional.of(loadDefault());
      case DODD_FRANK -> java.util.Optional.of(doddFrank());
      default -> java.util.Optional.empty();
    };
  }

  /** The Dodd-Frank 1502 list: the DRC and the countries sharing a border with it. */
  public static CahraList doddFrank() {
    try (InputStream in = CahraList.class.getResourceAsStream(DODD_FRANK_RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + DODD_FRANK_RESOURCE);
      }
      return parse(in, DODD_FRANK_RESOURCE);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static CahraList load(Path file) {
    try (InputStream in = Files.newInputStream(file)) {
      return parse(in, file.toString());
    } catch (IOException e) {
      throw new ProblemException(Problem.error("declaration.cahra_unreadable", FileReason.of(file, e)).at(file.toString(), null), e);
    }
  }

  static CahraList parse(InputStream in, String where) throws IOException {
    Set<String> codes = new LinkedHashSet<>();
    List<String> source = new ArrayList<>();
    String date = "";
    boolean header = false;
    BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
    String line;
    int n = 0;
    boolean inSource = false;
    while ((line = r.readLine()) != null) {
      n++;
      String t = line.strip();
      if (n == 1 && t.startsWith("\uFEFF")) {
        t = t.substring(1);
      }
      if (t.isEmpty()) {
        continue;
      }
      if (t.startsWith("#")) {
        String c = t.substring(1).strip();
        if (c.toLowerCase(Locale.ROOT).startsWith("source:")) {
          source.add(c.substring(7).strip());
          inSource = true;
        } else if (c.toLowerCase(Locale.ROOT).startsWith("date:")) {
          date = c.substring(5).strip();
          inSource = false;
        } else if (inSource && line.startsWith("#  ")) {
          source.add(c);
        } else {
          inSource = false;
        }
        continue;
      }
      String first = t.split("[,;]", 2)[0].strip().replace("\"", "");
      if (!header) {
        header = true;
        if (!first.matches("[A-Z]{3}")) {
          continue; // header line
        }
      }
      if (!first.matches("[A-Za-z]{3}")) {
        throw new ProblemException(Problem.error("declaration.cahra_not_alpha3", first).at(where, n));
      }
      codes.add(first.toUpperCase(Locale.ROOT));
    }
    if (codes.isEmpty()) {
      throw new ProblemException(Problem.error("declaration.cahra_empty").at(where, null));
    }
    return new CahraList(codes, source.isEmpty() ? where : String.join(" ", source), date);
  }
}
