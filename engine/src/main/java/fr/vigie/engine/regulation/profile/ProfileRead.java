package fr.vigie.engine.regulation.profile;

import fr.vigie.engine.kernel.Problem;
import java.util.List;
import java.util.Objects;

/** A profile read from a file, with the warnings (unknown fields, each naming its line and field). */
public record ProfileRead(CompanyProfile profile, List<Problem> warnings) {
  public ProfileRead {
    Objects.requireNonNull(profile, "profile");
    warnings = List.copyOf(warnings);
  }
}
