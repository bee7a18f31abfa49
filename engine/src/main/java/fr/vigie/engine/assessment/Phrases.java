package fr.vigie.engine.assessment;

import fr.vigie.engine.kernel.RiskCategory;
import fr.vigie.engine.kernel.RiskLevel;
import fr.vigie.engine.kernel.Stage;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The sentences of the assessment, one template per sentence with its English and French forms side
 * by side, numbers formatted per language by {@link Fmt}. Ids (minerals, texts, countries, data
 * sources) stay as they are in both languages.
 */
final class Phrases {
  private static final DateTimeFormatter FR_DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy", Locale.ROOT);

  private Phrases() {}

  // ---------------------------------------------------------------- ranking reasons

  /** {@code rank 1 of 3: priority score 0.71 (next: cobalt 0.55)}. */
  static Text rank(int rank, int of, double score, Optional<String> next, double nextScore) {
    return new Text(
        "rank " + rank + " of " + of + ": priority score " + Fmt.score(score)
            + next.map(n -> " (next: " + n + " " + Fmt.score(nextScore) + ")").orElse(""),
        "rang " + rank + " sur " + of + " : score de priorité " + Fmt.scoreFr(score)
            + next.map(n -> " (suivante : " + n + " " + Fmt.scoreFr(nextScore) + ")").orElse(""));
  }

  /** The contribution suffix of a component reason. */
  private static Text adds(double contribution) {
    return new Text(" (adds " + Fmt.score(contribution) + ")", " (ajoute " + Fmt.scoreFr(contribution) + ")");
  }

  static Text volume(double massKg, double shareOfLargest, double contribution) {
    Text adds = adds(contribution);
    return new Text(
        "volume: " + Fmt.kg(massKg) + ", " + Fmt.percent(shareOfLargest) + " of the largest filiere" + adds.en(),
        "volume : " + Fmt.kgFr(massKg) + ", " + Fmt.percentFr(shareOfLargest) + " de la plus grande filière"
            + adds.fr());
  }

  /** {@code high human rights risk at extraction}. */
  static Text riskAt(RiskLevel level, RiskCategory category, Stage stage) {
    return new Text(
        level.id().replace('_', ' ') + " " + category.name(java.util.Locale.ENGLISH).toLowerCase(Locale.ROOT) + " risk at "
            + stage.id().replace('_', '-'),
        "risque " + category.name(java.util.Locale.FRENCH).toLowerCase(Locale.ROOT) + " " + level.name(java.util.Locale.FRENCH).toLowerCase(Locale.ROOT)
            + " à l'étape " + stage.name(java.util.Locale.FRENCH).toLowerCase(Locale.ROOT));
  }

  static Text risk(Text riskAt, double score, Text basis, double exposure, double contribution) {
    Text adds = adds(contribution);
    return new Text(
        "risk: " + riskAt.en() + " (" + Fmt.score(score) + ", " + basis.en() + "); exposure "
            + Fmt.score(exposure) + adds.en(),
        "risque : " + riskAt.fr() + " (" + Fmt.scoreFr(score) + ", " + basis.fr() + ") ; exposition "
            + Fmt.scoreFr(exposure) + adds.fr());
  }

  static Text noRisk(String material, double contribution) {
    Text adds = adds(contribution);
    return new Text("risk: no stage of " + material + " could be scored" + adds.en(),
        "risque : aucune étape de " + material + " n'a pu être évaluée" + adds.fr());
  }

  /** {@code concentration: world extraction HHI 0.35 (COD 70%, ...)}. */
  static Text concentration(Stage stage, double hhi, List<String> countries, List<Double> shares,
      double contribution) {
    Text adds = adds(contribution);
    StringBuilder en = new StringBuilder();
    StringBuilder fr = new StringBuilder();
    for (int i = 0; i < countries.size(); i++) {
      String sep = i == 0 ? "" : ", ";
      en.append(sep).append(countries.get(i)).append(' ').append(Fmt.percent(shares.get(i)));
      fr.append(sep).append(countries.get(i)).append(' ').append(Fmt.percentFr(shares.get(i)));
    }
    return new Text(
        "concentration: world " + stage.id() + " HHI " + Fmt.score(hhi) + " (" + en + ")" + adds.en(),
        "concentration : IHH mondial (" + stage.name(java.util.Locale.FRENCH).toLowerCase(Locale.ROOT) + ") " + Fmt.scoreFr(hhi)
            + " (" + fr + ")" + adds.fr());
  }

  static Text noConcentration(double contribution) {
    Text adds = adds(contribution);
    return new Text("concentration: no world production data" + adds.en(),
        "concentration : pas de données de production mondiale" + adds.fr());
  }

  static Text noRegulation(String material, double contribution) {
    Text adds = adds(contribution);
    return new Text("regulation: no text that applies to the company names " + material + adds.en(),
        "réglementation : aucun texte applicable à l'entreprise ne nomme " + material + adds.fr());
  }

  /**
   * {@code regulation: 2 text(s) that apply or may apply name cobalt: eu_batteries (applies), ...};
   * {@code texts} are the text ids with their outcome ids.
   */
  static Text regulation(String material, List<String> ids, List<String> outcomes, double contribution) {
    Text adds = adds(contribution);
    StringBuilder en = new StringBuilder();
    StringBuilder fr = new StringBuilder();
    for (int i = 0; i < ids.size(); i++) {
      String sep = i == 0 ? "" : ", ";
      en.append(sep).append(ids.get(i)).append(" (").append(outcomes.get(i).replace('_', ' ')).append(')');
      fr.append(sep).append(ids.get(i)).append(" (").append(outcomeFr(outcomes.get(i))).append(')');
    }
    return new Text(
        "regulation: " + ids.size() + " text(s) that apply or may apply name " + material + ": " + en + adds.en(),
        "réglementation : " + ids.size() + " texte(s) applicable(s) ou pouvant s'appliquer nomme(nt) " + material
            + " : " + fr + adds.fr());
  }

  /** The French label of an applicability outcome id. */
  static String outcomeFr(String outcome) {
    return switch (outcome) {
      case "applies" -> "s'applique";
      case "does_not_apply" -> "ne s'applique pas";
      case "cannot_tell" -> "indéterminé";
      default -> outcome;
    };
  }

  static Text traceability(double origin, double refiner, double recycled, double contribution) {
    Text adds = adds(contribution);
    return new Text(
        "traceability: mine country known for " + Fmt.percent(origin) + " of the mass, refiner for "
            + Fmt.percent(refiner) + (recycled > 0 ? ", " + Fmt.percent(recycled) + " recycled" : "") + adds.en(),
        "traçabilité : pays de la mine connu pour " + Fmt.percentFr(origin) + " de la masse, de l'affineur pour "
            + Fmt.percentFr(refiner) + (recycled > 0 ? ", " + Fmt.percentFr(recycled) + " recyclé" : "")
            + adds.fr());
  }

  static Text component(String id, double value, double contribution) {
    Text adds = adds(contribution);
    return new Text(id + ": " + Fmt.score(value) + adds.en(), id + " : " + Fmt.scoreFr(value) + adds.fr());
  }

  // ---------------------------------------------------------------- exposure basis

  static Text ledgerCountries() {
    return new Text("countries from the ledger", "pays issus du registre d'achats");
  }

  static Text recycledMass() {
    return new Text("recycled mass", "masse recyclée");
  }

  static Text unknownCountry(double unknownShare, Text basis) {
    return new Text("country unknown for " + Fmt.percent(unknownShare) + " of the mass, " + basis.en(),
        "pays inconnu pour " + Fmt.percentFr(unknownShare) + " de la masse, " + basis.fr());
  }

  static Text declaredSmelters(int files, String source) {
    return new Text("declared smelters (" + files + " declaration files, " + source + ")",
        "fonderies déclarées (" + files + " fichiers de déclaration, " + source + ")");
  }

  /** The source of a world production mix: {@code usgs-mcs-2025 2024 mine production}. */
  static Text productionSeries(boolean proxy, String series) {
    return new Text((proxy ? "extraction shares (proxy) " : "") + series,
        (proxy ? "parts de l'extraction (approximation) " : "") + series);
  }

  static Text worldMix(Text series) {
    return new Text("world production mix: " + series.en(), "production mondiale : " + series.fr());
  }

  static Text noProductionData() {
    return new Text("no production data", "pas de données de production");
  }

  static Text ledgerOnly() {
    return new Text("ledger countries only", "pays du registre d'achats uniquement");
  }

  static Text recycling() {
    return new Text("recycled mass: risk of the recycling process (recycling country not given)",
        "masse recyclée : risque du procédé de recyclage (pays de recyclage non indiqué)");
  }

  // ---------------------------------------------------------------- recommendations and roadmap

  static Text addresses(Text riskAt, double score) {
    return new Text("addresses the " + riskAt.en() + " (" + Fmt.score(score) + ")",
        "traite le " + riskAt.fr() + " (" + Fmt.scoreFr(score) + ")");
  }

  static Text obligationApplies(String text, LocalDate from, boolean ahead) {
    return new Text("obligation of " + text + ", applies " + (ahead ? "from " : "since ") + from,
        "obligation de " + text + ", s'applique " + (ahead ? "à partir du " : "depuis le ") + FR_DATE.format(from));
  }

  static Text obligationMayApply(String text, List<String> missingFacts) {
    String facts = String.join(", ", missingFacts);
    return new Text("obligation of " + text + ", which may apply (cannot tell: complete " + facts + ")",
        "obligation de " + text + ", qui peut s'appliquer (indéterminé : compléter " + facts + ")");
  }

  static Text obligation(String text) {
    return new Text("obligation of " + text, "obligation de " + text);
  }

  /** The roadmap's scope suffix: {@code  [filiere cobalt, rank 1]} or {@code  [company-wide]}. */
  static Text scope(String material, int rank) {
    return rank > 0
        ? new Text(" [filiere " + material + ", rank " + rank + "]", " [filière " + material + ", rang " + rank + "]")
        : new Text(" [company-wide]", " [toute l'entreprise]");
  }
}
