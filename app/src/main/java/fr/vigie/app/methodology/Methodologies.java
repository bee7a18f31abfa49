package fr.vigie.app.methodology;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import fr.vigie.app.knowledge.ReferenceKnowledge;
import fr.vigie.engine.kernel.Problem;
import fr.vigie.engine.kernel.ProblemException;
import fr.vigie.engine.risk.Methodology;
import fr.vigie.engine.risk.MethodologyLoader;
import fr.vigie.engine.risk.RiskEngine;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The risk methodologies: the current one, every stored version by id and version, and the risk
 * engine over the reference data for each (built once per version and cached; engines are
 * thread-safe). On first start the engine's default methodology is stored and made current.
 * Stored versions are never changed or deleted: results that recorded a methodology's id and
 * version can always be reproduced with {@link #byId}.
 */
@Service
public class Methodologies {

    /** Name given to submitted texts in validation messages. */
    static final String ORIGIN = "methodology.yaml";
    /** Largest accepted methodology text, in characters. */
    public static final int MAX_LENGTH = 100_000;
    static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9._-]{0,63}");
    static final Pattern VERSION = Pattern.compile("[0-9A-Za-z][0-9A-Za-z.+-]{0,31}");
    static final String SHIPPED_BY = "vigie";

    private static final Pattern CUSTOM = Pattern.compile("(?m)^custom_indicators\\s*:");

    private final JdbcClient jdbc;
    private final ReferenceKnowledge knowledge;
    private final Set<String> knownIndicators;
    /** Most stored versions kept parsed, and most risk engines kept (one per version). */
    static final int KEPT_VERSIONS = 64;

    /** Stored versions never change: parsed ones are kept by id and version. */
    private final Cache<Key, Methodology> parsed = Caffeine.newBuilder().maximumSize(KEPT_VERSIONS).build();
    /** The risk engine of each kept stored version, by id and version. */
    private final Cache<Key, RiskEngine> engines = Caffeine.newBuilder().maximumSize(KEPT_VERSIONS).build();
    private volatile @Nullable Methodology shippedDefault;

    private record Key(String id, String version) {
    }

    Methodologies(JdbcClient jdbc, ReferenceKnowledge knowledge) {
        this.jdbc = jdbc;
        this.knowledge = knowledge;
        this.knownIndicators = RiskEngine.knownIndicators(knowledge.data());
    }

    /** Outcome of {@link #validate} and {@link #create}. */
    public sealed interface Outcome {
        /** Stored (by {@link #create}) or valid (by {@link #validate}). */
        record Accepted(Methodology methodology) implements Outcome {
        }

        /**
         * Refused: nothing was stored.
         *
         * @param problem what is wrong and where (rendered in the reader's language by the pages and
         *                the API)
         */
        record Invalid(Problem problem) implements Outcome {
            /** The line of the text at fault, 0 when the problem is not on one line. */
            public int line() {
                return problem.line() == null ? 0 : problem.line();
            }
        }

        /** A version with this id and version exists already; nothing was stored. */
        record Duplicate(String id, String version) implements Outcome {
        }
    }

    /**
     * The methodology in use. Which version is current is read from the database on each call (one
     * small query), so that a change made on another instance is seen at once; the parsed version comes
     * from the cache of stored versions, which never change.
     */
    public Methodology current() {
        return jdbc.sql("select methodology_id, version from methodology_version where is_current")
                .query((rs, n) -> new Key(rs.getString(1), rs.getString(2)))
                .optional()
                .flatMap(key -> byId(key.id(), key.version()))
                .orElseGet(this::shippedDefault);
    }

    private Methodology shippedDefault() {
        Methodology m = shippedDefault;
        if (m == null) {
            m = Methodology.loadDefault();
            shippedDefault = m;
        }
        return m;
    }

    /** A stored methodology version. */
    public Optional<Methodology> byId(String id, String version) {
        Methodology cached = parsed.getIfPresent(new Key(id, version));
        if (cached != null) {
            return Optional.of(cached);
        }
        return version(id, version).map(v -> parse(v.id(), v.version(), v.yaml()));
    }

    /** The risk engine over the reference data with the current methodology. */
    public RiskEngine engine() {
        return engine(current());
    }

    /** The risk engine over the reference data with a methodology (cached per stored version). */
    public RiskEngine engine(Methodology methodology) {
        Key key = new Key(methodology.id(), methodology.version());
        if (parsed.getIfPresent(key) != methodology) {
            return RiskEngine.of(knowledge.data(), methodology);
        }
        return engines.get(key, k -> RiskEngine.of(knowledge.data(), methodology));
    }

    /** Every stored version, newest first (without their text). */
    public List<MethodologyVersion> versions() {
        return jdbc.sql("""
                        select methodology_id, version, description, '' as yaml, created_by, created_at, is_current
                        from methodology_version order by created_at desc, id desc""")
                .query(Methodologies::row)
                .list();
    }

    /** One stored version with its text. */
    public Optional<MethodologyVersion> version(String id, String version) {
        return jdbc.sql("""
                        select methodology_id, version, description, yaml, created_by, created_at, is_current
                        from methodology_version where methodology_id = ? and version = ?""")
                .params(id, version)
                .query(Methodologies::row)
                .optional();
    }

    /** Validates a methodology text with the engine's loader, without storing it. */
    public Outcome validate(String yaml) {
        if (yaml.length() > MAX_LENGTH) {
            return new Outcome.Invalid(Problem.error("methodology.too_long", MAX_LENGTH).at(ORIGIN, null));
        }
        Matcher custom = CUSTOM.matcher(yaml);
        if (custom.find()) {
            int line = (int) yaml.substring(0, custom.start()).chars().filter(c -> c == '\n').count() + 1;
            return new Outcome.Invalid(Problem.error("methodology.custom_on_server").at(ORIGIN, line));
        }
        Methodology methodology;
        try {
            methodology = MethodologyLoader.parse(new StringReader(yaml), ORIGIN, Path.of("."), knownIndicators);
        } catch (ProblemException e) {
            return new Outcome.Invalid(e.first());
        } catch (IllegalArgumentException e) {
            return new Outcome.Invalid(Problem.error("untranslated", String.valueOf(e.getMessage())).at(ORIGIN, null));
        }
        if (!ID.matcher(methodology.id()).matches()) {
            return new Outcome.Invalid(Problem.error("methodology.bad_id", methodology.id())
                    .at(ORIGIN, lineOrNull(lineOf(yaml, "id"))));
        }
        if (!VERSION.matcher(methodology.version()).matches()) {
            return new Outcome.Invalid(Problem.error("methodology.bad_version", methodology.version())
                    .at(ORIGIN, lineOrNull(lineOf(yaml, "version"))));
        }
        return new Outcome.Accepted(methodology);
    }

    /**
     * Validates and stores a new methodology version; all or nothing.
     *
     * @param yaml        the methodology text (YAML or JSON)
     * @param author      username of the administrator
     * @param makeCurrent whether it becomes the methodology in use
     */
    @Transactional
    public Outcome create(String yaml, String author, boolean makeCurrent) {
        Outcome outcome = validate(yaml);
        if (!(outcome instanceof Outcome.Accepted(Methodology m))) {
            return outcome;
        }
        try {
            jdbc.sql("""
                            insert into methodology_version (methodology_id, version, description, yaml, created_by)
                            values (?, ?, ?, ?, ?)""")
                    .params(m.id(), m.version(), m.description(), yaml, author)
                    .update();
        } catch (DuplicateKeyException e) {
            return new Outcome.Duplicate(m.id(), m.version());
        }
        parsed.put(new Key(m.id(), m.version()), m);
        if (makeCurrent) {
            makeCurrent(m.id(), m.version());
        }
        return outcome;
    }

    /** Makes a stored version the methodology in use; false when no such version is stored. */
    @Transactional
    public boolean makeCurrent(String id, String version) {
        if (version(id, version).isEmpty()) {
            return false;
        }
        jdbc.sql("update methodology_version set is_current = false where is_current").update();
        jdbc.sql("update methodology_version set is_current = true where methodology_id = ? and version = ?")
                .params(id, version)
                .update();
        return true;
    }

    /**
     * Stores the shipped methodology on first start and makes it current when none is. A release
     * may reword the shipped text of the same version (e.g. add a translation of its description;
     * a change of any score makes a new version): the stored copy follows it.
     */
    @Transactional
    void storeShipped() {
        Methodology shipped = Methodology.loadDefault();
        for (String id : MethodologyLoader.BUILT_IN.keySet()) {
            // every built-in methodology (the default and record-2023) is stored, so it can be chosen
            Methodology builtIn = MethodologyLoader.builtIn(id).orElseThrow();
            String yaml = MethodologyLoader.builtInText(id).orElseThrow();
            jdbc.sql("""
                            insert into methodology_version (methodology_id, version, description, yaml, created_by)
                            values (?, ?, ?, ?, ?) on conflict (methodology_id, version) do update
                            set yaml = excluded.yaml, description = excluded.description
                            where methodology_version.created_by = excluded.created_by""")
                    .params(builtIn.id(), builtIn.version(), builtIn.description(), yaml, SHIPPED_BY)
                    .update();
        }
        boolean anyCurrent = jdbc.sql("select count(*) from methodology_version where is_current")
                .query(Long.class).single() > 0;
        if (!anyCurrent) {
            makeCurrent(shipped.id(), shipped.version());
        }
    }

    /** The text of the methodology shipped with the engine. */
    public static String shippedText() {
        try (InputStream in = MethodologyLoader.class.getResourceAsStream(MethodologyLoader.DEFAULT_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing " + MethodologyLoader.DEFAULT_RESOURCE);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }


    private Methodology parse(String id, String version, String yaml) {
        return parsed.get(new Key(id, version), k -> {
            Outcome outcome = validate(yaml);
            if (outcome instanceof Outcome.Accepted(Methodology m)) {
                return m;
            }
            throw new IllegalStateException("stored methodology " + id + " " + version + " no longer loads: " + outcome);
        });
    }

    private static @Nullable Integer lineOrNull(int line) {
        return line > 0 ? line : null;
    }

    private static int lineOf(String yaml, String key) {
        String[] lines = yaml.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].startsWith(key + ":")) {
                return i + 1;
            }
        }
        return 0;
    }

    private static MethodologyVersion row(ResultSet rs, int n) throws SQLException {
        return new MethodologyVersion(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                rs.getString(5), rs.getObject(6, OffsetDateTime.class), rs.getBoolean(7));
    }
}
