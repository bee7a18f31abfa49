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
import fr.vigie.engine.declaration.read.Layout.SmelterCols;
import fr.vigie.engine.mineral.MineralId;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
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

  private static final Map<Field, String[]> FIELD_NAMES = new EnumMap<>(Field.class);

  static {
    FIELD_NAMES.put(Field.COMPANY_NAME, new String[] {"company name", "nom de l'entreprise"});
    FIELD_NAMES.put(Field.SCOPE, new String[] {"declaration scope", "périmètre de la déclaration"});
    FIELD_NAMES.put(Field.CONTACT_NAME, new String[] {"contact name", "nom du contact"});
    FIELD_NAMES.put(Field.CONTACT_EMAIL, new String[] {"contact e-mail", "e-mail du contact"});
    FIELD_NAMES.put(Field.CONTACT_PHONE, new String[] {"contact phone", "téléphone du contact"});
    FIELD_NAMES.put(Field.AUTHORIZER_NAME, new String[] {"authorizer name", "nom du signataire"});
    FIELD_NAMES.put(Field.AUTHORIZER_EMAIL, new String[] {"authorizer e-mail", "e-mail du signataire"});
    FIELD_NAMES.put(Field.EFFECTIVE_DATE, new String[] {"effective date", "date d'effet"});
  }

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
          "no mineral chosen in the declaration scope", "aucun minerai choisi dans le périmètre de la déclaration"));
    }
    Set<MineralId> declared = questions(d, layout, out);
    companyQuestions(d, declared, out);
    products(d, out);
    smelters(d, declared, out);
    mines(d, out);
    return out;
  }

  private static Finding err(String rule, String sheet, String cell, String en, String fr) {
    return new Finding(Severity.ERROR, rule, sheet, cell, en, fr);
  }

  private static Finding warn(String rule, String sheet, String cell, String en, String fr) {
    return new Finding(Severity.WARNING, rule, sheet, cell, en, fr);
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
        String[] n = FIELD_NAMES.get(e.getKey());
        out.add(err("required-field", Layout.DECLARATION, l.fields().get(e.getKey()),
            "required field '" + n[0] + "' is empty", "le champ obligatoire « " + n[1] + " » est vide"));
      }
    }
    if (c.scope() == Scope.UNRECOGNISED) {
      out.add(unrecognised(l.fields().get(Field.SCOPE), c.scopeText()));
    }
    if (c.scope() == Scope.USER_DEFINED && c.scopeDescription().isBlank()) {
      out.add(err("scope-description-required", Layout.DECLARATION, l.fields().get(Field.SCOPE_DESCRIPTION),
          "scope C (user defined) needs a description of the scope",
          "le périmètre C (défini par l'utilisateur) exige une description"));
    }
    email(c.contact().email(), l.fields().get(Field.CONTACT_EMAIL), out);
    email(c.authorizer().email(), l.fields().get(Field.AUTHORIZER_EMAIL), out);
    String dateCell = l.fields().get(Field.EFFECTIVE_DATE);
    if (!c.effectiveDateText().isBlank() && c.effectiveDate().isEmpty()) {
      out.add(err("date-unreadable", Layout.DECLARATION, dateCell,
          "effective date '" + c.effectiveDateText() + "' is not a date (use DD-MMM-YYYY, e.g. 25-Apr-2025)",
          "la date d'effet « " + c.effectiveDateText() + " » n'est pas une date (format JJ-MMM-AAAA, ex. 25-Apr-2025)"));
    }
    c.effectiveDate().ifPresent(date -> {
      LocalDate today = LocalDate.now(clock);
      if (date.isBefore(EARLIEST)) {
        out.add(err("date-out-of-range", Layout.DECLARATION, dateCell,
            "effective date " + date + " is before 31-Dec-2006, which the template refuses",
            "la date d'effet " + date + " est antérieure au 31-12-2006, refusée par le modèle"));
      } else if (date.isAfter(today)) {
        out.add(warn("date-in-future", Layout.DECLARATION, dateCell,
            "effective date " + date + " is in the future", "la date d'effet " + date + " est dans le futur"));
      } else if (date.isBefore(today.minusMonths(12))) {
        out.add(new Finding(Severity.INFO, "date-stale", Layout.DECLARATION, dateCell,
            "effective date " + date + " is more than 12 months old: ask for an update",
            "la date d'effet " + date + " a plus de 12 mois : demander une mise à jour"));
      }
    });
  }

  private static void email(String email, String cell, List<Finding> out) {
    if (!email.isBlank() && !NO_EMAIL.contains(email.strip().toLowerCase(java.util.Locale.ROOT))
        && !EMAIL.matcher(email.strip()).matches()) {
      out.add(warn("email-invalid", Layout.DECLARATION, cell, "'" + email + "' is not an e-mail address",
          "« " + email + " » n'est pas une adresse e-mail"));
    }
  }

  private static Finding unrecognised(String cell, String text) {
    return warn("answer-unrecognised", Layout.DECLARATION, cell,
        "answer '" + text + "' matches none of the template's choices",
        "la réponse « " + text + " » ne correspond à aucun choix du modèle");
  }

  /**
   * Per-mineral questions. A mineral is "declared" (in the supply chain) when: CMRT, Q1 or Q2 is
   * Yes; EMRT, Q1 and Q2 are Yes; AMRT, Q1 is Yes. Gate questions are always required; the others
   * only for declared minerals.
   */
  private Set<MineralId> questions(Declaration d, Layout l, List<Finding> out) {
    Set<MineralId> declared = new HashSet<>();
    int gates = d.template() == Template.AMRT ? 1 : 2;
    for (MineralAnswers m : d.minerals()) {
      Answer q1 = m.answer(Question.INTENTIONALLY_ADDED);
      Answer q2 = m.answer(Question.REMAINS_IN_PRODUCT);
      boolean isDeclared = switch (d.template()) {
        case CMRT -> q1 == Answer.YES || q2 == Answer.YES;
        case EMRT -> q1 == Answer.YES && q2 == Answer.YES;
        case AMRT -> q1 == Answer.YES;
      };
      if (isDeclared) {
        declared.add(m.mineral());
      }
      for (int i = 0; i < l.questions().size(); i++) {
        Layout.QuestionBlock b = l.questions().get(i);
        Reply r = m.replies().get(b.question());
        boolean required = i < gates || isDeclared;
        if (r.isBlank()) {
          if (required) {
            out.add(err("question-required", Layout.DECLARATION, r.cell(),
                "question " + b.number() + " is not answered for " + m.mineral(),
                "la question " + b.number() + " est sans réponse pour " + m.mineral()));
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
              "supplier response rate for " + m.mineral() + " is '" + r.text() + "' (50% or less): the smelter list is partial",
              "taux de réponse des fournisseurs pour " + m.mineral() + " : « " + r.text() + " » (50 % ou moins) : liste de fonderies partielle"));
        }
        if (b.question() == Question.CAHRA_SOURCING && r instanceof Reply.Choice c && c.answer() == Answer.YES) {
          out.add(warn("cahra-sourcing-declared", Layout.DECLARATION, r.cell(),
              "the supplier declares " + m.mineral() + " sourced from conflict-affected or high-risk areas",
              "le fournisseur déclare un approvisionnement en " + m.mineral() + " depuis des zones de conflit ou à haut risque"));
        }
      }
    }
    return declared;
  }

  private static void companyQuestions(Declaration d, Set<MineralId> declared, List<Finding> out) {
    for (CompanyQuestion q : d.companyQuestions()) {
      if (q.answer() == Answer.BLANK) {
        if (!declared.isEmpty()) {
          String forMineral = q.mineral().map(m -> " for " + m).orElse("");
          String pourMinerai = q.mineral().map(m -> " pour " + m).orElse("");
          out.add(err("company-question-required", Layout.DECLARATION, q.cell(),
              "company question " + q.letter() + " is not answered" + forMineral,
              "la question entreprise " + q.letter() + " est sans réponse" + pourMinerai));
        }
      } else if (q.answer() == Answer.UNRECOGNISED) {
        out.add(unrecognised(q.cell(), q.text()));
      } else if (q.letter() == 'B' && q.answer() == Answer.YES
          && !(q.comment().contains("http") || q.comment().contains("www."))) {
        out.add(warn("policy-url-missing", Layout.DECLARATION, Layout.COMMENT_COL + q.cell().substring(1),
            "question B says the sourcing policy is public: the comment should give its URL",
            "la question B indique une politique publique : le commentaire doit en donner l'URL"));
      }
    }
  }

  private static void products(Declaration d, List<Finding> out) {
    if (d.company().scope() == Scope.PRODUCT && d.products().stream().noneMatch(p -> !p.number().isBlank())) {
      out.add(err("product-list-required", Layout.PRODUCT_LIST, Grid.a1(Layout.PRODUCT_FIRST_ROW, Layout.PRODUCT_FIRST_COL),
          "scope B (product) needs at least one product number in the Product List",
          "le périmètre B (produit) exige au moins une référence produit dans la liste des produits"));
    }
  }

  private void smelters(Declaration d, Set<MineralId> declared, List<Finding> out) {
    String s = Layout.SMELTER_LIST;
    Set<MineralId> withSmelters = new HashSet<>();
    Set<String> seen = new HashSet<>();
    for (SmelterRow r : d.smelters()) {
      int row = r.row();
      if (r.metalText().isBlank()) {
        out.add(err("smelter-metal-missing", s, Grid.a1(row, SmelterCols.METAL),
            "smelter row without a metal", "ligne de fonderie sans métal"));
      } else if (r.metal().isEmpty()) {
        out.add(warn("smelter-metal-unrecognised", s, Grid.a1(row, SmelterCols.METAL),
            "metal '" + r.metalText() + "' is not recognised", "métal « " + r.metalText() + " » non reconnu"));
      } else {
        withSmelters.add(r.metal().get());
        if (!d.mineralsInScope().contains(r.metal().get())) {
          out.add(warn("smelter-metal-out-of-scope", s, Grid.a1(row, SmelterCols.METAL),
              r.metal().get() + " is not among the minerals of this declaration",
              r.metal().get() + " ne fait pas partie des minerais de cette déclaration"));
        }
      }
      switch (r.lookup()) {
        case NOT_YET_IDENTIFIED -> out.add(warn("smelter-not-identified", s, Grid.a1(row, SmelterCols.LOOKUP),
            "smelter not yet identified: the supplier does not know this smelter",
            "fonderie pas encore identifiée : le fournisseur ne connaît pas cette fonderie"));
        case NOT_LISTED -> {
          if (r.smelterId().isEmpty()) {
            out.add(warn("smelter-not-listed", s, Grid.a1(row, SmelterCols.LOOKUP),
                "smelter '" + r.name() + "' is not in the RMI smelter list (no smelter id)",
                "la fonderie « " + r.name() + " » n'est pas dans la liste RMI (pas d'identifiant)"));
          }
        }
        case BLANK -> {
          if (r.smelterId().isEmpty() && !r.metalText().isBlank()) {
            out.add(err("smelter-lookup-missing", s, Grid.a1(row, SmelterCols.LOOKUP),
                "smelter look-up is empty: pick a smelter, 'Smelter not listed' or 'Smelter not yet identified'",
                "recherche de fonderie vide : choisir une fonderie, « Smelter not listed » ou « Smelter not yet identified »"));
          }
        }
        case LISTED -> {}
      }
      if (r.lookup() != LookupKind.NOT_YET_IDENTIFIED) {
        if (r.name().isBlank()) {
          out.add(err("smelter-name-missing", s, Grid.a1(row, SmelterCols.NAME),
              "smelter name is empty", "le nom de la fonderie est vide"));
        }
        if (r.countryText().isBlank()) {
          out.add(err("smelter-country-missing", s, Grid.a1(row, SmelterCols.COUNTRY),
              "smelter country is empty", "le pays de la fonderie est vide"));
        }
      }
      if (!r.countryText().isBlank() && r.country().isEmpty() && !isUnknownWord(r.countryText())) {
        out.add(warn("country-unrecognised", s, Grid.a1(row, SmelterCols.COUNTRY),
            "country '" + r.countryText() + "' is not recognised", "pays « " + r.countryText() + " » non reconnu"));
      }
      if (!r.idText().isBlank() && r.smelterId().isEmpty()) {
        out.add(warn("smelter-id-invalid", s, Grid.a1(row, SmelterCols.SMELTER_ID),
            "'" + r.idText() + "' is not a smelter id (CID followed by digits)",
            "« " + r.idText() + " » n'est pas un identifiant de fonderie (CID suivi de chiffres)"));
      }
      if (r.smelterId().isPresent() && !seen.add(r.metalText() + "|" + r.smelterId().get())) {
        out.add(new Finding(Severity.INFO, "smelter-duplicate", s, Grid.a1(row, SmelterCols.SMELTER_ID),
            r.smelterId().get() + " is listed more than once", r.smelterId().get() + " figure plusieurs fois"));
      }
      r.country().filter(cahra::contains).ifPresent(c -> out.add(warn("smelter-in-cahra", s,
          Grid.a1(row, SmelterCols.COUNTRY),
          "smelter '" + r.name() + "' is located in " + c + ", a conflict-affected or high-risk area (CAHRA list: " + cahra.label() + ")",
          "la fonderie « " + r.name() + " » est située en " + c + ", zone de conflit ou à haut risque (liste CAHRA : " + cahra.label() + ")")));
      List<String> risky = r.mineCountries().stream().filter(cahra::contains).toList();
      if (!risky.isEmpty()) {
        out.add(warn("mine-in-cahra", s, Grid.a1(row, SmelterCols.MINE_COUNTRY),
            "smelter '" + r.name() + "' sources from mines in " + String.join(", ", risky) + ", conflict-affected or high-risk",
            "la fonderie « " + r.name() + " » s'approvisionne dans des mines en " + String.join(", ", risky) + ", zones de conflit ou à haut risque"));
      }
    }
    for (MineralAnswers m : d.minerals()) {
      if (declared.contains(m.mineral()) && !withSmelters.contains(m.mineral())) {
        String cell = m.reply(Question.INTENTIONALLY_ADDED).map(Reply::cell).orElse("");
        out.add(err("no-smelter-for-mineral", s, "",
            m.mineral() + " is declared in the supply chain (" + Layout.DECLARATION + "!" + cell + ") but no smelter is listed for it",
            m.mineral() + " est déclaré dans la chaîne (" + Layout.DECLARATION + "!" + cell + ") mais aucune fonderie n'est listée"));
      }
      if (m.answer(Question.RECYCLED_OR_SCRAP_100) == Answer.YES) {
        List<SmelterRow> notRecycled = d.smelters().stream()
            .filter(r -> r.metal().equals(java.util.Optional.of(m.mineral())) && r.recycled() != Answer.YES)
            .toList();
        if (!notRecycled.isEmpty()) {
          out.add(warn("recycled-claim-inconsistent", Layout.DECLARATION,
              m.reply(Question.RECYCLED_OR_SCRAP_100).get().cell(),
              "100% recycled or scrap " + m.mineral() + " is claimed, but " + notRecycled.size()
                  + " listed smelter(s) are not marked 100% recycled (first at Smelter List row " + notRecycled.get(0).row() + ")",
              m.mineral() + " déclaré 100 % recyclé, mais " + notRecycled.size()
                  + " fonderie(s) listée(s) ne sont pas marquées 100 % recyclées (première ligne " + notRecycled.get(0).row() + ")"));
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
            "mine row without the smelter it supplies", "ligne de mine sans la fonderie approvisionnée"));
      }
      if (m.countryText().isBlank()) {
        out.add(err("mine-field-missing", s, Grid.a1(m.row(), MineCols.COUNTRY),
            "mine row without a country", "ligne de mine sans pays"));
      } else if (m.country().isEmpty()) {
        out.add(warn("country-unrecognised", s, Grid.a1(m.row(), MineCols.COUNTRY),
            "country '" + m.countryText() + "' is not recognised", "pays « " + m.countryText() + " » non reconnu"));
      }
      m.country().filter(cahra::contains).ifPresent(c -> out.add(warn("mine-in-cahra", s,
          Grid.a1(m.row(), MineCols.COUNTRY),
          "mine '" + m.mineName() + "' is in " + c + ", a conflict-affected or high-risk area",
          "la mine « " + m.mineName() + " » est en " + c + ", zone de conflit ou à haut risque")));
    }
  }
}
