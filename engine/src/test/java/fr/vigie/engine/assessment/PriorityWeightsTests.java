package fr.vigie.engine.assessment;

import fr.vigie.engine.kernel.ProblemException;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The priority weights file. */
class PriorityWeightsTests {
  @TempDir Path dir;

  @Test
  void defaultWeightsSumToOne() {
    PriorityWeights w = PriorityWeights.loadDefault();
    assertThat(w.ref()).isEqualTo("vigie-priority-default 1.0.0");
    assertThat(w.weights().values().stream().mapToDouble(Double::doubleValue).sum()).isCloseTo(1.0, within(1e-12));
    assertThat(w.weight("volume")).isCloseTo(0.30, within(1e-12));
    assertThat(w.regulationSaturation()).isEqualTo(2.0);
  }

  @Test
  void weightsAreDividedByTheirSum() throws IOException {
    // 2 + 1 + 1 + 0 + 0 = 4: volume 2/4 = 0.5, risk and concentration 0.25 each
    PriorityWeights w = load("id: mine\nversion: 2\nweights: {volume: 2, risk: 1, concentration: 1, regulation: 0, traceability_gap: 0}\n");
    assertThat(w.weight("volume")).isEqualTo(0.5);
    assertThat(w.weight("risk")).isEqualTo(0.25);
    assertThat(w.weight("regulation")).isZero();
    assertThat(w.recommendTop()).isEqualTo(5);
  }

  @Test
  void malformedFilesNameTheLine() {
    assertError("id: x\nversion: 1\nweights: {volume: -1, risk: 1, concentration: 1, regulation: 1, traceability_gap: 1}\n",
        ":3 (volume): weight 'volume' must be zero or more, not -1");
    assertError("id: x\nversion: 1\nweights: {volume: 1, risk: 1, concentration: 1, regulation: 1}\n",
        ":3 (traceability_gap): missing key 'traceability_gap'");
    assertError("id: x\nversion: 1\nweights: {volume: 1, risk: 1, concentration: 1, regulation: 1, traceability_gap: 1, size: 1}\n",
        ":3 (size): unknown key 'size'");
    assertError("id: x\nversion: 1\nweights: {volume: 0, risk: 0, concentration: 0, regulation: 0, traceability_gap: 0}\n",
        "at least one weight must be positive");
    assertError("id: x\nversion: 1\nweights: {volume: 1, risk: 1, concentration: 1, regulation: 1, traceability_gap: 1}\nmain_risks: 0\n",
        ":4 (main_risks): main_risks must be 1 or more");
    assertError("version: 1\nweights: {volume: 1, risk: 1, concentration: 1, regulation: 1, traceability_gap: 1}\n",
        "missing key 'id'");
  }

  private PriorityWeights load(String yaml) throws IOException {
    Path f = dir.resolve("w.yaml");
    Files.writeString(f, yaml);
    return PriorityWeights.load(f);
  }

  private void assertError(String yaml, String message) {
    assertThatThrownBy(() -> load(yaml)).isInstanceOf(ProblemException.class).hasMessageContaining(message);
  }
}
