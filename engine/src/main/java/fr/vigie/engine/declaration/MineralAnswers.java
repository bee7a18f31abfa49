package fr.vigie.engine.declaration;

import fr.vigie.engine.mineral.MineralId;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/** The per-mineral questions answered for one mineral. */
public record MineralAnswers(MineralId mineral, Map<Question, Reply> replies) {
  public MineralAnswers {
    Objects.requireNonNull(mineral);
    replies = Map.copyOf(replies);
  }

  public Optional<Reply> reply(Question q) {
    return Optional.ofNullable(replies.get(q));
  }

  /** The yes/no answer to {@code q}; {@link Answer#BLANK} when the question is absent or a rate. */
  public Answer answer(Question q) {
    return replies.get(q) instanceof Reply.Choice c ? c.answer() : Answer.BLANK;
  }

  /** The response-rate band; {@link ResponseRate#BLANK} when absent. */
  public ResponseRate rate() {
    return replies.get(Question.RESPONSE_RATE) instanceof Reply.Rate r ? r.rate() : ResponseRate.BLANK;
  }
}
