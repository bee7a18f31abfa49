package fr.vigie.engine.oecd;

import fr.vigie.engine.kernel.Term;
import fr.vigie.engine.kernel.Text;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The named policy {@value #ID} that turns a company's record of the five steps into a maturity,
 * per filiere and for the company (docs/due-diligence-steps.md):
 *
 * <ol>
 *   <li>each sub-step that concerns the company's side of the chain gets a level: not started 0,
 *       in progress 1, implemented 2, implemented with at least one piece of evidence
 *       ({@link Level#EVIDENCED}) 3; a not applicable sub-step is left out;
 *   <li>in a filiere, a sub-step is at the higher level of the filiere's entry and the company-wide
 *       entry (company-wide work counts for every filiere); a filiere entry "not applicable" leaves
 *       it out of that filiere, a company-wide one leaves it out of every filiere without an entry;
 *   <li>a step's score is the mean of its sub-steps' levels divided by 3; the maturity is the mean
 *       of the steps' scores (each step weighs the same), times 100; a step with no sub-step left
 *       is left out;
 *   <li>company-wide, each sub-step counts at the level of its least advanced filiere (the weakest
 *       link); with no filiere, the company-wide entries alone;
 *   <li>the band: below 25 initial, below 50 developing, below 75 established, otherwise advanced.
 * </ol>
 *
 * The sub-steps at level {@link Level#EVIDENCED} put their practices in place for the gap analysis,
 * and a step whose every sub-step left is evidenced puts the step's practices in place ({@link
 * #practices}).
 */
public final class MaturityPolicy {
  /** The policy's name, stated with every outcome. */
  public static final String ID = "oecd-steps-maturity-1";

  /** The highest sub-step level. */
  public static final int TOP = 3;

  private final OecdSteps catalogue;

  public MaturityPolicy(OecdSteps catalogue) {
    this.catalogue = Objects.requireNonNull(catalogue, "catalogue");
  }

  /** A sub-step's level of maturity. */
  public enum Level {
    NOT_APPLICABLE(-1),
    NOT_STARTED(0),
    IN_PROGRESS(1),
    IMPLEMENTED(2),
    EVIDENCED(3);

    private final int points;

    Level(int points) {
      this.points = points;
    }

    public int points() {
      return points;
    }

    public String id() {
      return name().toLowerCase(java.util.Locale.ROOT);
    }

    public Term term() {
      return Term.of("oecd_level", id());
    }

    /** The level of an entry (none: not started). */
    public static Level of(Optional<StepEntry> e) {
      if (e.isEmpty()) {
        return NOT_STARTED;
      }
      return switch (e.get().status()) {
        case NOT_STARTED -> NOT_STARTED;
        case IN_PROGRESS -> IN_PROGRESS;
        case IMPLEMENTED -> e.get().evidence() > 0 ? EVIDENCED : IMPLEMENTED;
        case NOT_APPLICABLE -> NOT_APPLICABLE;
      };
    }
  }

  /** The maturity bands. */
  public enum Band {
    INITIAL,
    DEVELOPING,
    ESTABLISHED,
    ADVANCED;

    public String id() {
      return name().toLowerCase(java.util.Locale.ROOT);
    }

    public Term term() {
      return Term.of("oecd_band", id());
    }

    static Band of(double score) {
      return score < 25 ? INITIAL : score < 50 ? DEVELOPING : score < 75 ? ESTABLISHED : ADVANCED;
    }
  }

  /**
   * One step's part of a maturity.
   *
   * @param step 1 to 5
   * @param score 0 to 100, or empty when no sub-step of the step is left
   * @param counts how many of its sub-steps are at each level (not applicable ones included)
   */
  public record StepMaturity(int step, Optional<Double> score, Map<Level, Integer> counts) {
    public StepMaturity {
      counts = Map.copyOf(counts);
    }

    public int count(Level level) {
      return counts.getOrDefault(level, 0);
    }
  }

  /**
   * The outcome.
   *
   * @param scope {@link StepEntry#COMPANY} or the filiere's material id
   * @param side the side of the chain whose sub-steps were counted
   * @param score 0 to 100
   * @param band the band of the score
   * @param steps each step's part
   * @param levels each sub-step's level, by code
   * @param explanation how the score follows from the levels, in order
   */
  public record Maturity(
      String scope, Side side, double score, Band band, List<StepMaturity> steps, Map<String, Level> levels,
      List<Text> explanation) {
    public Maturity {
      steps = List.copyOf(steps);
      levels = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(levels));
      explanation = List.copyOf(explanation);
    }

    public Level level(String code) {
      return levels.getOrDefault(code, Level.NOT_APPLICABLE);
    }
  }

  /** A filiere's maturity: its entries, and the company-wide ones where higher. */
  public Maturity filiere(DueDiligenceSteps steps, String material, Side side) {
    Map<String, Level> levels = new LinkedHashMap<>();
    for (SubStep s : catalogue.subSteps()) {
      if (s.concerns(side)) {
        levels.put(s.code(), filiereLevel(steps, material, s.code()));
      }
    }
    return maturity(material, side, levels, List.of());
  }

  /**
   * The company's maturity: each sub-step at the level of its least advanced filiere (given with the
   * company's side in each), or the company-wide entries when there is no filiere.
   *
   * @param filieres the filieres' material ids and the company's side in each
   * @param side the company's side when there is no filiere (and the side stated for the company)
   */
  public Maturity company(DueDiligenceSteps steps, Map<String, Side> filieres, Side side) {
    Map<String, Level> levels = new LinkedHashMap<>();
    List<Text> notes = new ArrayList<>();
    if (filieres.isEmpty()) {
      for (SubStep s : catalogue.subSteps()) {
        if (s.concerns(side)) {
          levels.put(s.code(), Level.of(steps.entry(StepEntry.COMPANY, s.code())));
        }
      }
      notes.add(Text.of("oecd.maturity.company_alone"));
    } else {
      for (SubStep s : catalogue.subSteps()) {
        Level weakest = null;
        String where = null;
        for (Map.Entry<String, Side> f : filieres.entrySet()) {
          if (!s.concerns(f.getValue())) {
            continue;
          }
          Level l = filiereLevel(steps, f.getKey(), s.code());
          if (l != Level.NOT_APPLICABLE && (weakest == null || l.points() < weakest.points())) {
            weakest = l;
            where = f.getKey();
          }
        }
        if (weakest != null) {
          levels.put(s.code(), weakest);
          if (weakest.points() < TOP) {
            notes.add(Text.of("oecd.maturity.weakest", s.name(), Term.of("mineral", where), weakest.term()));
          }
        }
      }
      notes.add(0, Text.of("oecd.maturity.company_weakest_link", filieres.size()));
    }
    return maturity(StepEntry.COMPANY, side, levels, notes);
  }

  /**
   * The practices in place by a maturity's levels: the practices of every evidenced sub-step, and a
   * step's own practices when every sub-step of it left is evidenced.
   */
  public Set<String> practices(Maturity m) {
    Set<String> out = new LinkedHashSet<>();
    for (Step step : catalogue.steps()) {
      boolean any = false;
      boolean all = true;
      for (SubStep s : step.subSteps()) {
        Level l = m.level(s.code());
        if (l == Level.NOT_APPLICABLE) {
          continue;
        }
        any = true;
        if (l == Level.EVIDENCED) {
          out.addAll(s.practices());
        } else {
          all = false;
        }
      }
      if (any && all) {
        out.addAll(step.practices());
      }
    }
    return out;
  }

  private static Level filiereLevel(DueDiligenceSteps steps, String material, String code) {
    Optional<StepEntry> own = steps.entry(material, code);
    Level mine = Level.of(own);
    Level company = Level.of(steps.entry(StepEntry.COMPANY, code));
    if (own.isPresent() && mine == Level.NOT_APPLICABLE) {
      return Level.NOT_APPLICABLE;
    }
    if (company == Level.NOT_APPLICABLE) {
      return own.isPresent() ? mine : Level.NOT_APPLICABLE;
    }
    return mine.points() >= company.points() ? mine : company;
  }

  private Maturity maturity(String scope, Side side, Map<String, Level> levels, List<Text> notes) {
    List<StepMaturity> parts = new ArrayList<>();
    List<Text> explanation = new ArrayList<>(notes);
    double sum = 0;
    int counted = 0;
    for (Step step : catalogue.steps()) {
      Map<Level, Integer> counts = new EnumMap<>(Level.class);
      int points = 0;
      int left = 0;
      for (SubStep s : step.subSteps()) {
        Level l = levels.get(s.code());
        if (l == null) {
          continue;
        }
        counts.merge(l, 1, Integer::sum);
        if (l != Level.NOT_APPLICABLE) {
          points += l.points();
          left++;
        }
      }
      Optional<Double> score = left == 0 ? Optional.empty() : Optional.of(100.0 * points / (TOP * left));
      parts.add(new StepMaturity(step.number(), score, counts));
      if (score.isPresent()) {
        sum += score.get();
        counted++;
        explanation.add(Text.of("oecd.maturity.step", step.name(), points, TOP * left, score.get()));
      } else {
        explanation.add(Text.of("oecd.maturity.step_not_applicable", step.name()));
      }
    }
    double score = counted == 0 ? 0 : sum / counted;
    Band band = Band.of(score);
    explanation.add(Text.of("oecd.maturity.score", counted, score, band.term(), ID));
    return new Maturity(scope, side, score, band, parts, levels, explanation);
  }
}
