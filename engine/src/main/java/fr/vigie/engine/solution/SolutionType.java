package fr.vigie.engine.solution;

import fr.vigie.engine.kernel.VigieException;
import java.util.Arrays;
import java.util.Locale;

/** What kind of solution an entry is, grouped in the study's three families. */
public enum SolutionType {
  OECD_STEP("oecd_step", Family.INTERNAL, "OECD due diligence step", "Étape de diligence OCDE"),
  INTERNAL_MECHANISM(
      "internal_mechanism", Family.INTERNAL, "Internal due diligence mechanism",
      "Mécanisme interne de vigilance"),
  SUPPORT_ORGANISATION(
      "support_organisation", Family.EXTERNAL, "Organisation supporting due diligence",
      "Organisation d'appui à la diligence"),
  INITIATIVE("initiative", Family.EXTERNAL, "Initiative or coalition", "Initiative ou coalition"),
  STANDARD("standard", Family.EXTERNAL, "Standard or certification", "Norme ou certification"),
  FIELD_PROJECT("field_project", Family.EXTERNAL, "Field project holder", "Porteur de projets de terrain"),
  EXPERT_NETWORK("expert_network", Family.EXTERNAL, "Experts, NGOs and peers", "Experts, ONG et pairs"),
  CIRCULAR_ECONOMY("circular_economy", Family.PRACTICES, "Circular economy", "Économie circulaire"),
  SOBRIETY("sobriety", Family.PRACTICES, "Sobriety", "Sobriété"),
  RELOCATION("relocation", Family.PRACTICES, "Relocation", "Relocalisation");

  /** The study's three families of solutions. */
  public enum Family {
    INTERNAL,
    EXTERNAL,
    PRACTICES
  }

  private final String id;
  private final Family family;
  private final String nameEn;
  private final String nameFr;

  SolutionType(String id, Family family, String nameEn, String nameFr) {
    this.id = id;
    this.family = family;
    this.nameEn = nameEn;
    this.nameFr = nameFr;
  }

  public String id() {
    return id;
  }

  public Family family() {
    return family;
  }

  public String nameEn() {
    return nameEn;
  }

  public String nameFr() {
    return nameFr;
  }

  public static SolutionType fromId(String text) {
    String t = text == null ? "" : text.trim().toLowerCase(Locale.ROOT).replace('-', '_');
    return Arrays.stream(values())
        .filter(s -> s.id.equals(t))
        .findFirst()
        .orElseThrow(
            () ->
                new VigieException(
                    "unknown solution type '" + text + "' (expected one of "
                        + Arrays.stream(values()).map(SolutionType::id).toList() + ")"));
  }
}
