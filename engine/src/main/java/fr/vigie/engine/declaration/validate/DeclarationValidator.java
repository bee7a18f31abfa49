package fr.vigie.engine.declaration.validate;

import fr.vigie.engine.declaration.Answer;
import fr.vigie.engine.declaration.Company;
import fr.vigie.engine.declaration.CompanyQuestion;
import fr.vigie.engine.declaration.Declaration;
import fr.vigie.engine.declaration.Finding;
import fr.vigie.engine.declaration.LookupKind;
import fr.vigie.engine.declaration.MineRow;
import fr.vigie.engine.declaration.MineralAnswers;
import fr.vigie.engine.declaration.Question;
import fr.vigie.engine.declaration.Reply;
import fr.vigie.engine.declaration.ResponseRate;
import fr.vigie.engine.declaration.Scope;
import fr.vigie.engine.declaration.Severity;
import fr.vigie.engine.declaration.SmelterRow;
import fr.vigie.engine.declaration.Template;
import fr.vigie.engine.declaration.read.Field;
import fr.vigie.engine.declaration.read.Grid;
import fr.vigie.engine.declaration.read.Layout;
import fr.vigie.engine.declaration.read.Layout.MineCols;
import fr.vigie.engine.declaration.read.Layout.SmelterColumns;
import fr.vigie.engine.kernel.Term;
import fr.vigie.engine.kernel.Text;
import fr.vigie.engine.mineral.MineralId;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reproduces the template's completeness rules (what its Checker sheet and conditional formatting
 * flag) and adds the red flags a compliance team looks for. Every rule id, severity and message is
 * listed in docs/declarations.md.
 */
final class DeclarationValidator {
  private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");
  private static final Set<String> NO_EMAIL = Set.of("n/a", "na", "not available", "non disponible", "none");
  /** The templates' date validation accepts dates after 31 December 2006. */
  static final LocalDate EARLIEST = LocalDate.of(2007, 1, 1);

  /** Key prefix of the findings' messages in the {@code declaration} bundle. */
  private static final String KEY = "declaration.finding.";

  private final CahraList cahra;
  private final Clock clock;

  public DeclarationValidator(CahraList cahra, Clock clock) {
    this.cahra = cahra;
    this.clock = clock;
  }

  public CahraList cahra() {
    return cahra;
  }

  public List<Finding> validate(Declaration d, Layout layout) {
    List<Finding> out = new ArrayList<>();
    company(d.company(), layout, out);
    if (!layout.scopeCells().isEmpty() && d.mineralsInScope().isEmpty()) {
      out.add(err("minerals-scope-required", Layout.DECLARATION, layout.scopeCells().get(0),
          text("minerals-scope-required")));
    }
    Set<MineralId> declared = questions(d, layout, out);
    companyQuestions(d, declared, out);
    products(d, layout, out);
    smelters(d, layout.smelterColumns(), declared, out);
    mines(d, out);
    return out;
  }

  private static Finding err(String rule, String sheet, String cell, Text text) {
    return new Finding(Severity.ERROR, rule, sheet, cell, text);
  }

  private static Finding warn(String rule, String sheet, String cell, Text text) {
    return new Finding(Severity.WARNING, rule, sheet, cell, text);
  }

  /** The message {@code declaration.finding.<key>} with its arguments. */
  private static Text text(String key, Object... args) {
    return Text.of(KEY + key, args);
  }

  private static Term mineral(MineralId id) {
    return Term.of("mineral", id.value());
  }

  private static Term country(String alpha3) {
    return Term.of("country", alpha3);
  }

  private void company(Company c, Layout l, List<Finding> out) {
    Map<Field, String> values = new EnumMap<>(Field.class);
    values.put(Field.COMPANY_NAME, c.name());
    values.put(Field.SCOPE, c.scopeText());
    values.put(Field.CONTACT_NAME, c.contact().name());
    values.put(Field.CONTACT_EMAIL, c.contact().email());
    values.put(Field.CONTACT_PHONE, c.contact().phone());
    values.put(Field.AUTHORIZER_NAME, c.authorizer().name());
    values.put(Field.AUTHORIZER_EMAIL, c.authorizer().email());
    values.put(Field.EFFECTIVE_DATE, c.effectiveDateText());
    for (Map.Entry<Field, String> e : values.entrySet()) {
      if (e.getValue().isBlank()) {
        Text field = Text.of("declaration.field." + e.getKey().name().toLowerCase(Locale.ROOT));
        out.add(err("required-field", Layout.DECLARATION, l.fields().get(e.getKey()), text("required-field", field)));
      }
    }
    if (c.scope() == Scope.UNRECOGNISED) {
      out.add(unrecognised(l.fields().get(Field.SCOPE), c.scopeText()));
    }
    if (c.scope() == Scope.USER_DEFINED && c.scopeDescription().isBlank()) {
      out.add(err("scope-description-required", Layout.DECLARATION, l.fields().get(Field.SCOPE_DESCRIPTION),
          text("scope-description-required")));
    }
    email(c.contact().email(), l.fields().get(Field.CONTACT_EMAIL), out);
    email(c.authorizer().email(), l.fields().get(Field.AUTHORIZER_EMAIL), out);
    String dateCell = l.fields().get(Field.EFFECTIVE_DATE);
    if (!c.effectiveDateText().isBlank() && c.effectiveDate().isEmpty()) {
      out.add(err("date-unreadable", Layout.DECLARATION, dateCell,
          text("date-unreadable", c.effectiveDateText())));
    }
    c.effectiveDate().ifPresent(date -> {
      LocalDate today = LocalDate.now(clock);
      if (date.isBefore(EARLIEST)) {
        out.add(err("date-out-of-range", Layout.DECLARATION, dateCell,
            text("date-out-of-range", date.toString())));
      } else if (date.isAfter(today)) {
        out.add(warn("date-in-future", Layout.DECLARATION, dateCell,
            text("date-in-future", date.toString())));
      } else if (date.isBefore(today.minusMonths(12))) {
        out.add(new Finding(Severity.INFO, "date-stale", Layout.DECLARATION, dateCell,
            text("date-stale", date.toString())));
      }
    });
  }

  private static void email(String email, String cell, List<Finding> out) {
    if (!email.isBlank() && !NO_EMAIL.contains(email.strip().toLowerCase(java.util.Locale.ROOT))
        && !EMAIL.matcher(email.strip()).matches()) {
      out.add(warn("email-invalid", Layout.DECLARATION, cell, text("email-invalid", email)));
    }
  }

  private static Finding unrecognised(String cell, String text) {
    return warn("answer-unrecognised", Layout.DECLARATION, cell, text("answer-unrecognised", text));
  }

  /**
   * Per-mineral questions. A mineral is "declared" (in the supply chain) when: CMRT, Q1 or Q2 is
   * Yes; EMRT, Q1 and Q2 are Yes; AMRT, Q1 is Yes. Gate questions are always required; the others
   * only for declared minerals.
   */
  private Set<MineralId> questions(Declaration d, Layout l, List<Finding> out) {
    Set<MineralId> declared = new HashSet<>();
    int gates = d.template() == Template.AMRT || d.template() == Template.CRT ? 1 : 2;
    for (MineralAnswers m : d.minerals()) {
      Answer q1 = m.answer(Question.INTENTIONALLY_ADDED);
      Answer q2 = m.answer(Question.REMAINS_IN_PRODUCT);
      boolean isDeclared = switch (d.template()) {
        case CMRT -> q1 == Answer.YES || q2 == Answer.YES;
        case EMRT -> q1 == Answer.YES && q2 == Answer.YES;
        case AMRT, CRT -> q1 == Answer.YES;
      };
      if (isDeclared) {
        declared.add(m.mineral());
      }
      for (int i = 0; i < l.questions().size(); i++) {
        Layout.QuestionBlock b = l.questions().get(i);
        Reply r = m.replies().get(b.question());
        if (r == null) {
          continue; // this question has no row for this mineral (EMRT 1.x asks Q4 of cobalt only)
        }
        boolean required = i < gates || isDeclared;
        if (r.isBlank()) {
          if (required) {
            out.add(err("question-required", Layout.DECLARATION, r.cell(),
                text("question-required", String.valueOf(b.number()), mineral(m.mineral()))));
          }
          continue;
        }
        boolean unrecognised = switch (r) {
          case Reply.Choice c -> c.answer() == Answer.UNRECOGNISED;
          case Reply.Rate rate -> rate.rate() == ResponseRate.UNRECOGNISED;
        };
        if (unrecognised) {
          out.add(unrecognised(r.cell(), r.text()));
        }
        if (r instanceof Reply.Rate rate && rate.rate().isLow() && isDeclared) {
          out.add(warn("response-rate-low", Layout.DECLARATION, r.cell(),
              text("response-rate-low", mineral(m.mineral()), r.text())));
        }
        if (b.question() == Question.CAHRA_SOURCING && r instanceof Reply.Choice c && c.answer() == Answer.YES) {
          out.add(warn("cahra-sourcing-declared", Layout.DECLARATION, r.cell(),
              text("cahra-sourcing-declared", mineral(m.mineral()))));
        }
      }
    }
    return declared;
  }

  private static void companyQuestions(Declaration d, Set<MineralId> declared, List<Finding> out) {
    for (CompanyQuestion q : d.companyQuestions()) {
      if (q.answer() == Answer.BLANK) {
        if (!declared.isEmpty()) {
          String letter = String.valueOf(q.letter());
          out.add(err("company-question-required", Layout.DECLARATION, q.cell(), q.mineral()
              .map(m -> text("company-question-required.mineral", letter, mineral(m)))
              .orElseGet(() -> text("company-question-required", letter))));
        }
      } else if (q.answer() == Answer.UNRECOGNISED) {
        out.add(unrecognised(q.cell(), q.text()));
      } else if (q.letter() == 'B' && q.answer() == Answer.YES
          && !(q.comment().contains("http") || q.comment().contains("www."))) {
        out.add(warn("policy-url-missing", Layout.DECLARATION, Layout.COMMENT_COL + q.cell().substring(1),
            text("policy-url-missing")));
      }
    }
  }

  private static void products(Declaration d, Layout l, List<Finding> out) {
    if (d.company().scope() == Scope.PRODUCT && d.products().stream().noneMatch(p -> !p.number().isBlank())) {
      out.add(err("product-list-required", Layout.PRODUCT_LIST, Grid.a1(Layout.PRODUCT_FIRST_ROW, l.productColumns().number()),
          text("product-list-required")));
    }
  }

  private void smelters(Declaration d, SmelterColumns sc, Set<MineralId> declared, List<Finding> out) {
    String s = Layout.SMELTER_LIST;
    Set<MineralId> withSmelters = new HashSet<>();
    Set<String> seen = new HashSet<>();
    for (SmelterRow r : d.smelters()) {
      int row = r.row();
      if (r.metalText().isBlank()) {
        out.add(err("smelter-metal-missing", s, Grid.a1(row, sc.metal()),
            text("smelter-metal-missing")));
      } else if (r.metal().isEmpty()) {
        out.add(warn("smelter-metal-unrecognised", s, Grid.a1(row, sc.metal()),
            text("smelter-metal-unrecognised", r.metalText())));
      } else {
        withSmelters.add(r.metal().get());
        if (!d.mineralsInScope().contains(r.metal().get())) {
          out.add(warn("smelter-metal-out-of-scope", s, Grid.a1(row, sc.metal()),
              text("smelter-metal-out-of-scope", mineral(r.metal().get()))));
        }
      }
      switch (r.lookup()) {
        case NOT_YET_IDENTIFIED -> out.add(warn("smelter-not-identified", s, Grid.a1(row, sc.lookup() < 0 ? sc.name() : sc.lookup()),
            text("smelter-not-identified")));
        case NOT_LISTED -> {
          if (r.smelterId().isEmpty()) {
            out.add(warn("smelter-not-listed", s, Grid.a1(row, sc.lookup() < 0 ? sc.name() : sc.lookup()),
                text("smelter-not-listed", r.name())));
          }
        }
        case BLANK -> {
          if (r.smelterId().isEmpty() && !r.metalText().isBlank()) {
            out.add(err("smelter-lookup-missing", s, Grid.a1(row, sc.lookup() < 0 ? sc.name() : sc.lookup()),
                text("smelter-lookup-missing")));
          }
        }
        case LISTED -> {}
      }
      if (r.lookup() != LookupKind.NOT_YET_IDENTIFIED) {
        if (r.name().isBlank()) {
          out.add(err("smelter-name-missing", s, Grid.a1(row, sc.name()),
              text("smelter-name-missing")));
        }
        if (r.countryText().isBlank()) {
          out.add(err("smelter-country-missing", s, Grid.a1(row, sc.country()),
              text("smelter-country-missing")));
        }
      }
      if (!r.countryText().isBlank() && r.country().isEmpty() && !isUnknownWord(r.countryText())) {
        out.add(warn("country-unrecognised", s, Grid.a1(row, sc.country()),
            text("country-unrecognised", r.countryText())));
      }
      if (!r.idText().isBlank() && r.smelterId().isEmpty()) {
        out.add(warn("smelter-id-invalid", s, Grid.a1(row, sc.smelterId()),
            text("smelter-id-invalid", r.idText())));
      }
      if (r.smelterId().isPresent() && !seen.add(r.metalText() + "|" + r.smelterId().get())) {
        out.add(new Finding(Severity.INFO, "smelter-duplicate", s, Grid.a1(row, sc.smelterId()),
            text("smelter-duplicate", r.smelterId().get())));
      }
      r.country().filter(cahra::contains).ifPresent(c -> out.add(warn("smelter-in-cahra", s,
          Grid.a1(row, sc.country()),
          text("smelter-in-cahra", r.name(), country(c), cahra.label()))));
      List<String> risky = r.mineCountries().stream().filter(cahra::contains).toList();
      if (!risky.isEmpty()) {
        out.add(warn("mine-in-cahra", s, Grid.a1(row, sc.mineCountry()),
            text("mine-in-cahra.smelter", r.name(), String.join(", ", risky))));
      }
    }
    for (MineralAnswers m : d.minerals()) {
      if (declared.contains(m.mineral()) && !withSmelters.contains(m.mineral())) {
        String cell = m.reply(Question.INTENTIONALLY_ADDED).map(Reply::cell).orElse("");
        out.add(err("no-smelter-for-mineral", s, "",
            text("no-smelter-for-mineral", mineral(m.mineral()), Layout.DECLARATION + "!" + cell)));
      }
      if (m.answer(Question.RECYCLED_OR_SCRAP_100) == Answer.YES) {
        List<SmelterRow> notRecycled = d.smelters().stream()
            .filter(r -> r.metal().equals(java.util.Optional.of(m.mineral())) && r.recycled() != Answer.YES)
            .toList();
        if (!notRecycled.isEmpty()) {
          out.add(warn("recycled-claim-inconsistent", Layout.DECLARATION,
              m.reply(Question.RECYCLED_OR_SCRAP_100).get().cell(),
              text("recycled-claim-inconsistent", mineral(m.mineral()), notRecycled.size(),
                  String.valueOf(notRecycled.get(0).row()))));
        }
      }
    }
  }

  private static boolean isUnknownWord(String t) {
    return fr.vigie.engine.declaration.read.Values.answer(t) == Answer.UNKNOWN;
  }

  private void mines(Declaration d, List<Finding> out) {
    String s = Layout.MINE_LIST;
    for (MineRow m : d.mines()) {
      if (m.metalText().isBlank()) {
        continue;
      }
      if (m.smelterName().isBlank()) {
        out.add(err("mine-field-missing", s, Grid.a1(m.row(), MineCols.SMELTER_NAME),
            text("mine-field-missing.smelter")));
      }
      if (m.countryText().isBlank()) {
        out.add(err("mine-field-missing", s, Grid.a1(m.row(), MineCols.COUNTRY),
            text("mine-field-missing.country")));
      } else if (m.country().isEmpty()) {
        out.add(warn("country-unrecognised", s, Grid.a1(m.row(), MineCols.COUNTRY),
            text("country-unrecognised", m.countryText())));
      }
      m.country().filter(cahra::contains).ifPresent(c -> out.add(warn("mine-in-cahra", s,
          Grid.a1(m.row(), MineCols.COUNTRY),
          text("mine-in-cahra", m.mineName(), country(c)))));
    }
  }
}
