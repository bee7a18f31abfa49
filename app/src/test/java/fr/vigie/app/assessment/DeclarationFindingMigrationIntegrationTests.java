package fr.vigie.app.assessment;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import javax.sql.DataSource;

import fr.vigie.app.VigieIntegrationTest;
import fr.vigie.engine.kernel.Messages;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationVersion;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Migration V75 on a schema of its own: a declaration stored by an older release (findings with an
 * English and a French sentence, {@code messageEn} and {@code messageFr}) is still readable, in the
 * reader's language, once its findings are message keys.
 */
@VigieIntegrationTest
class DeclarationFindingMigrationIntegrationTests {

    @Autowired
    DataSource dataSource;

    @Test
    void findingsStoredAsEnglishAndFrenchSentencesRenderAfterMigration() {
        String schema = "v75_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        JdbcClient jdbc = JdbcClient.create(dataSource);
        try {
            // every migration before V75, whichever is the last of them
            MigrationVersion v75 = MigrationVersion.fromVersion("75");
            MigrationVersion before = Arrays.stream(flyway(schema, MigrationVersion.LATEST).info().all())
                    .map(MigrationInfo::getVersion).filter(v -> v.compareTo(v75) < 0)
                    .max(Comparator.naturalOrder()).orElseThrow();
            flyway(schema, before).migrate();
            long workspace = jdbc.sql("insert into " + schema + ".workspace (name, profile_yaml, updated_by)"
                    + " values ('old release', '', 'admin') returning id").query(Long.class).single();
            String old = """
                    [{"severity": "error", "rule": "required-field", "sheet": "Declaration", "cell": "D8",
                      "messageEn": "required field 'company name' is empty",
                      "messageFr": "le champ obligatoire « nom de l'entreprise » est vide"},
                     {"severity": "info", "rule": "date-stale", "sheet": "Declaration", "cell": "D22",
                      "messageEn": "effective date 2020-01-31 is more than 12 months old: ask for an update",
                      "messageFr": "la date d'effet 2020-01-31 a plus de 12 mois : demander une mise à jour"}]""";
            jdbc.sql("insert into " + schema + ".supplier_declaration (workspace_id, uploaded_by, file_name, sha256,"
                    + " template, version, company, findings_count, findings, smelters)"
                    + " values (?, 'admin', 'old.xlsx', ?, 'CMRT', '6.4', 'Old Ltd', 2, cast(? as jsonb), '[]'::jsonb)")
                    .params(workspace, "0".repeat(64), old).update();

            flyway(schema, v75).migrate();

            String json = jdbc.sql("select findings::text from " + schema + ".supplier_declaration")
                    .query(String.class).single();
            assertThat(json).doesNotContain("messageEn").doesNotContain("messageFr");
            List<DeclarationFinding> findings = DeclarationStore.findings(json);
            assertThat(findings).extracting(DeclarationFinding::rule).containsExactly("required-field", "date-stale");
            DeclarationFinding first = findings.getFirst();
            assertThat(first.cell()).isEqualTo("D8");
            assertThat(first.message(Messages.of(Locale.FRENCH)))
                    .isEqualTo("le champ obligatoire « nom de l'entreprise » est vide");
            assertThat(first.message(Messages.english())).isEqualTo("required field 'company name' is empty");
            // a language the old row was not stored in falls back to English
            assertThat(first.message(Messages.of(Locale.GERMAN))).isEqualTo("required field 'company name' is empty");
            // the key alone renders the English sentence
            assertThat(Messages.of(Locale.FRENCH).render(first.text())).isEqualTo("required field 'company name' is empty");
            assertThat(findings.get(1).message(Messages.of(Locale.FRENCH)))
                    .isEqualTo("la date d'effet 2020-01-31 a plus de 12 mois : demander une mise à jour");
        } finally {
            jdbc.sql("drop schema if exists " + schema + " cascade").update();
        }
    }

    private Flyway flyway(String schema, MigrationVersion target) {
        return Flyway.configure().dataSource(dataSource).schemas(schema).locations("classpath:db/migration")
                .target(target).load();
    }
}
