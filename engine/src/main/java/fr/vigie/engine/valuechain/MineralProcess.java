package fr.vigie.engine.valuechain;

import fr.vigie.engine.kernel.Stage;
import fr.vigie.engine.mineral.MineralId;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalDouble;

/**
 * A process actually used for a mineral at a stage.
 *
 * @param mineral the mineral
 * @param stage the stage
 * @param process the process id
 * @param share the typical share (0-1) of the mineral's primary supply at that stage that goes
 *     through the process, when known; shares of one mineral and stage may overlap (an artisanal
 *     mine can also be a copper-cobalt by-product mine) and need not add up to 1
 * @param notes how the share was obtained, or what the process means for this mineral, per language
 *     (columns {@code share_note_<language>}); empty when the file gives none
 * @param source id of the catalog entry supporting it
 */
public record MineralProcess(
    MineralId mineral, Stage stage, String process, OptionalDouble share, Map<String, String> notes, String source) {
  public MineralProcess {
    Objects.requireNonNull(mineral, "mineral");
    Objects.requireNonNull(stage, "stage");
    Objects.requireNonNull(process, "process");
    Objects.requireNonNull(share, "share");
    notes = notes == null ? Map.of() : Map.copyOf(notes);
    Objects.requireNonNull(source, "source");
    if (share.isPresent() && (share.getAsDouble() < 0 || share.getAsDouble() > 1)) {
      throw new IllegalArgumentException("share must be in [0,1]: " + share.getAsDouble());
    }
  }

  /** The note in English, or empty. */
  public String note() {
    return notes.getOrDefault("en", "");
  }

  /** The note in this language, else in English, or empty. */
  public String note(Locale locale) {
    return notes.getOrDefault(locale.getLanguage(), note());
  }
}
