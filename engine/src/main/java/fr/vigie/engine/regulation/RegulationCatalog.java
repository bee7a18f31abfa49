package fr.vigie.engine.regulation;

import fr.vigie.engine.kernel.FileReason;
import fr.vigie.engine.kernel.RegulationId;
import fr.vigie.engine.kernel.ProblemException;
import fr.vigie.engine.kernel.Problem;
import fr.vigie.engine.io.YamlReader;
import fr.vigie.engine.kernel.TermNames;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The regulatory knowledge base: the built-in texts (one YAML file each, in {@code
 * fr/vigie/engine/regulation/} on the class path, listed in {@code catalogue.txt}), optionally
 * overridden by an administrator's file or directory. An override file whose {@code id} matches a
 * built-in text replaces it; a new id adds a text. Everything is validated when loaded.
 *
 * <p>The override comes from, in order: the {@code --regulations} command-line option, the system
 * property {@value #PROPERTY}, the environment variable {@value #ENV}.
 */
public final class RegulationCatalog {
  public static final String PROPERTY = "vigie.regulations";
  public static final String ENV = "VIGIE_REGULATIONS";
  private static final String BASE = "/fr/vigie/engine/regulation/";

  private final List<Regulation> texts;
  private final Map<String, ApplicabilityPolicy> policies;

  private RegulationCatalog(List<Regulation> texts, Map<String, ApplicabilityPolicy> policies) {
    this.texts = List.copyOf(texts);
    this.policies = Map.copyOf(policies);
  }

  /** One policy per built-in text id. */
  public static Map<String, ApplicabilityPolicy> defaultPolicies() {
    Map<String, ApplicabilityPolicy> m = new LinkedHashMap<>();
    for (ApplicabilityPolicy p :
        List.of(
            new FrenchDutyOfVigilancePolicy(),
            new CsdddPolicy(),
            new EuConflictMineralsPolicy(),
            new EuBatteriesPolicy(),
            new EuCriticalRawMaterialsPolicy(),
            new EuDeforestationPolicy(),
            new CsrdPolicy(),
            new EuForcedLabourPolicy(),
            new GermanSupplyChainActPolicy(),
            new DoddFrank1502Policy(),
            new OecdGuidancePolicy(),
            new UkModernSlaveryPolicy(),
            new UsUyghurForcedLaborPolicy(),
            new SwissDueDiligencePolicy(),
            new NorwegianTransparencyPolicy(),
            new RussianGoldSanctionsPolicy())) {
      m.put(p.regulationId(), p);
    }
    return m;
  }

  /** The built-in texts only. */
  public static RegulationCatalog builtIn() {
    return load(Optional.empty());
  }

  /** The built-in texts, then {@code override} (a YAML file or a directory of them) if given. */
  public static RegulationCatalog load(Optional<Path> override) {
    Map<String, ApplicabilityPolicy> policies = defaultPolicies();
    RegulationFileReader reader = new RegulationFileReader(policies);
    Map<String, Regulation> byId = new LinkedHashMap<>();
    for (String name : builtInFiles()) {
      String source = "built-in " + name;
      try (InputStream in = RegulationCatalog.class.getResourceAsStream(BASE + name)) {
        if (in == null) {
          throw new ProblemException(Problem.error("regulation.listed_but_missing").at(source, null));
        }
        put(byId, reader.read(source, YamlReader.read(source, in)), false);
      } catch (IOException e) {
        throw new ProblemException(Problem.error("io.unreadable", FileReason.of(e)).at(source, null), e);
      }
    }
    if (override.isPresent()) {
      Map<String, Regulation> overriding = new LinkedHashMap<>();
      for (Path file : overrideFiles(override.get())) {
        put(overriding, reader.read(file.toString(), YamlReader.read(file)), false);
      }
      overriding.values().forEach(r -> put(byId, r, true));
    }
    return new RegulationCatalog(new ArrayList<>(byId.values()), policies);
  }

  /** The override path: the option if given, else the system property, else the variable. */
  public static Optional<Path> configuredOverride(Optional<Path> option) {
    if (option.isPresent()) {
      return option;
    }
    String p = System.getProperty(PROPERTY);
    if (p == null || p.isBlank()) {
      p = System.getenv(ENV);
    }
    return p == null || p.isBlank() ? Optional.empty() : Optional.of(Path.of(p.strip()));
  }

  private static void put(Map<String, Regulation> byId, Regulation r, boolean replace) {
    Regulation before = byId.get(r.id());
    if (before != null && !replace) {
      throw new ProblemException(Problem.error("regulation.defined_twice", r.id(), before.origin()).at(r.origin(), null));
    }
    byId.put(r.id(), r);
  }

  private static List<String> builtInFiles() {
    try (InputStream in = RegulationCatalog.class.getResourceAsStream(BASE + "catalogue.txt")) {
      if (in == null) {
        throw new IllegalStateException("catalogue.txt missing from the class path");
      }
      return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))
          .lines()
          .map(String::strip)
          .filter(l -> !l.isEmpty() && !l.startsWith("#"))
          .toList();
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  private static List<Path> overrideFiles(Path path) {
    if (Files.isRegularFile(path)) {
      return List.of(path);
    }
    if (!Files.isDirectory(path)) {
      throw new ProblemException(Problem.error("regulation.override_not_found").at(path.toString(), null));
    }
    try (Stream<Path> s = Files.list(path)) {
      List<Path> files =
          s.filter(Files::isRegularFile)
              .filter(
                  f -> {
                    String n = f.getFileName().toString().toLowerCase(Locale.ROOT);
                    return n.endsWith(".yaml") || n.endsWith(".yml");
                  })
              .sorted()
              .toList();
      if (files.isEmpty()) {
        throw new ProblemException(Problem.error("regulation.override_empty").at(path.toString(), null));
      }
      return files;
    } catch (IOException e) {
      throw new ProblemException(Problem.error("regulation.override_unlistable", FileReason.of(path, e)).at(path.toString(), null), e);
    }
  }

  /** Every text, built-in order first, then texts added by the override. */
  public List<Regulation> texts() {
    return texts;
  }

  /**
   * Names {@code regulation} terms (by text id) from the texts' titles, and the terms of a text's
   * parts ({@code <text id>#<part>}: Annex I rows and their notes, scope regimes). Give it to Messages.
   */
  public TermNames termNames() {
    return (kind, id, locale) ->
        find(PARTS.contains(kind) ? id.substring(0, Math.max(0, id.indexOf('#'))) : id)
            .flatMap(t -> t.termNames().name(kind, id, locale));
  }

  /** The kinds of terms that name a part of a text, with ids {@code <text id>#<part>}. */
  private static final java.util.Set<String> PARTS =
      java.util.Set.of(Regulation.ANNEX_ROW, Regulation.ANNEX_NOTE, Regulation.REGIME);

  /** The text of this id; empty when the catalogue has none. */
  public Optional<Regulation> find(RegulationId id) {
    return find(id.value());
  }

  /** The text of this id, written as a string; empty when the catalogue has none. */
  public Optional<Regulation> find(String id) {
    return texts.stream().filter(t -> t.id().equals(id)).findFirst();
  }

  /** The applicability rule of a text; empty for a text added by an administrator without one. */
  public Optional<ApplicabilityPolicy> policy(String id) {
    return Optional.ofNullable(policies.get(id));
  }
}
