package fr.vigie.engine.regulation.profile;

import java.util.List;
import java.util.Objects;

/** A profile read from a file, with the warnings (unknown fields, each naming its line). */
public record ProfileRead(CompanyProfile profile, List<String> warnings) {
  public ProfileRead {
    Objects.requireNonNull(profile, "profile");
    warnings = List.copyOf(warnings);
  }
}
