package fr.vigie.engine.declaration.fill;

import fr.vigie.engine.declaration.Answer;
import fr.vigie.engine.declaration.Declaration;
import fr.vigie.engine.declaration.LookupKind;
import fr.vigie.engine.declaration.MineralAnswers;
import fr.vigie.engine.declaration.Question;
import fr.vigie.engine.declaration.ResponseRate;
import fr.vigie.engine.declaration.SmelterRow;
import fr.vigie.engine.mineral.MineralId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * The company's answers to the per-mineral questions, aggregated from its suppliers' declarations.
 * A named policy with one rule per question:
 *
 * <ul>
 *   <li>intentionally added, remains in product, covered countries, CAHRA sourcing: Yes when any
 *       supplier answered Yes; No when every supplier answered and all said No; else Unknown;
 *   <li>100% recycled or scrap: Yes when every supplier answered Yes; No when any said No; else
 *       Unknown;
 *   <li>all smelters identified: Yes when every supplier answered Yes and no smelter row of the
 *       mineral is "not yet identified"; No otherwise (Unknown when nobody answered);
 *   <li>all smelter information reported: Yes (the filled template lists every smelter the
 *       suppliers reported);
 *   <li>response rate: the share of the suppliers asked that answered, as the template's band
 *       (absent when the number asked is not given).
 * </ul>
 * Only suppliers that answered for the mineral count (a supplier whose file does not cover it is
 * not asked about it).
 */
public final class SupplierAnswers {
  private final Map<MineralId, List<MineralAnswers>> byMineral = new HashMap<>();
  private final Map<MineralId, Integer> unidentifiedRows = new HashMap<>();
  private int declarations;

  /** Adds one supplier declaration. */
  public synchronized void add(Declaration d) {
    declarations++;
    for (MineralAnswers m : d.minerals()) {
      byMineral.computeIfAbsent(m.mineral(), k -> new ArrayList<>()).add(m);
    }
    for (SmelterRow r : d.smelters()) {
      if (r.lookup() == LookupKind.NOT_YET_IDENTIFIED && r.metal().isPresent()) {
        unidentifiedRows.merge(r.metal().get(), 1, Integer::sum);
      }
    }
  }

  public synchronized int declarations() {
    return declarations;
  }

  /** The minerals at least one supplier answered for. */
  public synchronized List<MineralId> minerals() {
    return List.copyOf(byMineral.keySet());
  }

  /** The company's answer to a yes/no question for a mineral. */
  public synchronized Answer answer(MineralId mineral, Question q) {
    List<Answer> answers = byMineral.getOrDefault(mineral, List.of()).stream().map(m -> m.answer(q)).toList();
    List<Answer> given = answers.stream().filter(a -> a == Answer.YES || a == Answer.NO || a == Answer.UNKNOWN).toList();
    if (given.isEmpty()) {
      return Answer.UNKNOWN;
    }
    boolean complete = given.size() == answers.size();
    return switch (q) {
      case RECYCLED_OR_SCRAP_100 -> given.contains(Answer.NO) ? Answer.NO
          : complete && given.stream().allMatch(a -> a == Answer.YES) ? Answer.YES : Answer.UNKNOWN;
      case ALL_SMELTERS_IDENTIFIED -> complete && given.stream().allMatch(a -> a == Answer.YES)
          && unidentifiedRows.getOrDefault(mineral, 0) == 0 ? Answer.YES : Answer.NO;
      case ALL_SMELTERS_REPORTED -> Answer.YES;
      case RESPONSE_RATE -> Answer.BLANK;
      default -> given.contains(Answer.YES) ? Answer.YES
          : complete && given.stream().allMatch(a -> a == Answer.NO) ? Answer.NO : Answer.UNKNOWN;
    };
  }

  /**
   * The response-rate band for {@code answered} of {@code asked} suppliers: 100%, greater than 90%,
   * 75%, 50%, 50% or less, none.
   */
  public static ResponseRate rate(int answered, int asked) {
    if (asked <= 0 || answered <= 0) {
      return ResponseRate.NONE;
    }
    double share = Math.min(1.0, (double) answered / asked);
    if (share >= 1.0) {
      return ResponseRate.ALL_100;
    }
    return share > 0.9 ? ResponseRate.GREATER_THAN_90 : share > 0.75 ? ResponseRate.GREATER_THAN_75
        : share > 0.5 ? ResponseRate.GREATER_THAN_50 : ResponseRate.FIFTY_OR_LESS;
  }

  /** All per-mineral answers of one mineral; the rate only when the number of suppliers asked is given. */
  public synchronized Map<Question, String> englishAnswers(MineralId mineral, OptionalInt asked) {
    Map<Question, String> out = new EnumMap<>(Question.class);
    for (Question q : Question.values()) {
      if (q.isRate()) {
        asked.ifPresent(n -> out.put(q, english(rate(declarations, n))));
      } else {
        out.put(q, english(answer(mineral, q)));
      }
    }
    return out;
  }

  /** The template's own (English) wording of an answer; the lists are English in every language. */
  static String english(Answer a) {
    return switch (a) {
      case YES -> "Yes";
      case NO -> "No";
      default -> "Unknown";
    };
  }

  static String english(ResponseRate r) {
    return switch (r) {
      case ALL_100 -> "100%";
      case GREATER_THAN_90 -> "Greater than 90%";
      case GREATER_THAN_75 -> "Greater than 75%";
      case GREATER_THAN_50 -> "Greater than 50%";
      case FIFTY_OR_LESS -> "50% or less";
      default -> "None";
    };
  }

  Optional<Integer> unidentified(MineralId m) {
    return Optional.ofNullable(unidentifiedRows.get(m));
  }
}
