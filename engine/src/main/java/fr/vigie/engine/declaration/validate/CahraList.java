package fr.vigie.engine.declaration.validate;

import fr.vigie.engine.kernel.Problem;
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
 * The shipped default is the Dodd-Frank 1502 list (DRC and adjoining countries), not the EU list.
 */
public record CahraList(Set<String> alpha3, String source, String date) {
  public static final String DEFAULT_RESOURCE = "/fr/vigie/engine/refdata/cahra-default.csv";

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

  public static CahraList loadDefault() {
    try (InputStream in = CahraList.class.getResourceAsStream(DEFAULT_RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + DEFAULT_RESOURCE);
      }
      return parse(in, DEFAULT_RESOURCE);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static CahraList load(Path file) {
    try (InputStream in = Files.newInputStream(file)) {
      return parse(in, file.toString());
    } catch (IOException e) {
      throw new ProblemException(Problem.error("declaration.cahra_unreadable", String.valueOf(e.getMessage())).at(file.toString(), null), e);
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
