package fr.vigie.engine.declaration;

import fr.vigie.engine.mineral.MineralId;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Everything read from one supplier declaration file, typed.
 *
 * @param version the template revision as written in the file, e.g. {@code 6.5}
 * @param mineralsInScope the minerals the declaration covers: fixed by the template (CMRT, EMRT
 *     1.x) or chosen by the supplier (EMRT 2.x, AMRT), in template order
 * @param minerals the per-mineral answers, one entry per mineral in scope
 */
public record Declaration(
    Template template,
    String version,
    Company company,
    List<MineralId> mineralsInScope,
    List<MineralAnswers> minerals,
    List<CompanyQuestion> companyQuestions,
    List<SmelterRow> smelters,
    List<MineRow> mines,
    List<ProductRow> products) {

  public Declaration {
    Objects.requireNonNull(template);
    Objects.requireNonNull(version);
    Objects.requireNonNull(company);
    mineralsInScope = List.copyOf(mineralsInScope);
    minerals = List.copyOf(minerals);
    companyQuestions = List.copyOf(companyQuestions);
    smelters = List.copyOf(smelters);
    mines = List.copyOf(mines);
    products = List.copyOf(products);
  }

  public Optional<MineralAnswers> answersFor(MineralId mineral) {
    return minerals.stream().filter(m -> m.mineral().equals(mineral)).findFirst();
  }
}
