package fr.vigie.engine.filing;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * A filing as a document independent of its file format: texts already in the reader's language,
 * figures already formatted. {@link Filings#render} writes it as HTML, DOCX or PDF.
 *
 * @param kind the filing
 * @param locale its language
 * @param title the title
 * @param subtitle the line under the title (company, date)
 * @param notice the draft notice (what the document is and is not)
 * @param sections the sections, in order
 * @param sources the sources of the figures and of the legal references
 * @param versions the data, methodology and Vigie versions (label, value)
 * @param missing what the filing lacks and why (empty when nothing)
 */
public record FilingDocument(
    FilingKind kind,
    Locale locale,
    String title,
    String subtitle,
    String notice,
    List<Section> sections,
    List<String> sources,
    List<Fact> versions,
    List<String> missing) {
  public FilingDocument {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(locale, "locale");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(subtitle, "subtitle");
    Objects.requireNonNull(notice, "notice");
    sections = List.copyOf(sections);
    sources = List.copyOf(sources);
    versions = List.copyOf(versions);
    missing = List.copyOf(missing);
  }

  /** The section with an id, at any depth. */
  public Optional<Section> section(String id) {
    return find(sections, id);
  }

  private static Optional<Section> find(List<Section> in, String id) {
    for (Section s : in) {
      if (s.id().equals(id)) {
        return Optional.of(s);
      }
      Optional<Section> sub = find(s.subsections(), id);
      if (sub.isPresent()) {
        return sub;
      }
    }
    return Optional.empty();
  }

  /**
   * A section.
   *
   * @param id stable id (e.g. {@code risk-mapping}), the same in every language
   * @param heading the heading
   * @param basis the legal provision the section answers, with its reference
   * @param blocks its content
   * @param subsections sections under it
   */
  public record Section(String id, String heading, Optional<String> basis, List<Block> blocks, List<Section> subsections) {
    public Section {
      Objects.requireNonNull(id, "id");
      Objects.requireNonNull(heading, "heading");
      Objects.requireNonNull(basis, "basis");
      blocks = List.copyOf(blocks);
      subsections = List.copyOf(subsections);
    }
  }

  /** A piece of a section's content. */
  public sealed interface Block permits Paragraph, Bullets, Table, Figure {
    /** {@code paragraph}, {@code bullets}, {@code table} or {@code figure}, for templates. */
    default String type() {
      return switch (this) {
        case Paragraph p -> "paragraph";
        case Bullets b -> "bullets";
        case Table t -> "table";
        case Figure f -> "figure";
      };
    }
  }

  /** A paragraph. */
  public record Paragraph(String text) implements Block {
    public Paragraph {
      Objects.requireNonNull(text, "text");
    }
  }

  /** A bulleted list. */
  public record Bullets(List<String> items) implements Block {
    public Bullets {
      items = List.copyOf(items);
    }
  }

  /**
   * A table.
   *
   * @param caption what it shows
   * @param headers the column headers
   * @param rows the rows, each as long as the headers
   */
  public record Table(String caption, List<String> headers, List<List<String>> rows) implements Block {
    public Table {
      Objects.requireNonNull(caption, "caption");
      headers = List.copyOf(headers);
      rows = rows.stream().map(List::copyOf).toList();
      for (List<String> r : rows) {
        if (r.size() != headers.size()) {
          throw new IllegalArgumentException("row of " + r.size() + " cells for " + headers.size() + " headers");
        }
      }
    }
  }

  /**
   * A bar figure: one bar per item, its length the value in [0, 1].
   *
   * @param caption what it shows
   * @param bars the bars
   */
  public record Figure(String caption, List<Bar> bars) implements Block {
    public Figure {
      Objects.requireNonNull(caption, "caption");
      bars = List.copyOf(bars);
    }
  }

  /** One bar: its label, its value in [0, 1] and the value as shown. */
  public record Bar(String label, double value, String shown) {
    public Bar {
      Objects.requireNonNull(label, "label");
      Objects.requireNonNull(shown, "shown");
      value = Double.isNaN(value) ? 0 : Math.max(0, Math.min(1, value));
    }

    /** The bar's length as a CSS width, e.g. {@code 42.5%}. */
    public String width() {
      return String.format(java.util.Locale.ROOT, "%.1f%%", value * 100);
    }
  }

  /** A label and its value. */
  public record Fact(String label, String value) {
    public Fact {
      Objects.requireNonNull(label, "label");
      Objects.requireNonNull(value, "value");
    }
  }
}
