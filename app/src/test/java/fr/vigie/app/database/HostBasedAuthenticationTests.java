package fr.vigie.app.database;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Rewriting {@code pg_hba.conf} from {@code trust} to {@code scram-sha-256}. */
class HostBasedAuthenticationTests {

    @Test
    void everyTrustMethodIsReplacedAndEverythingElseKept() {
        String trusting = """
                # METHOD can be "trust", "reject", "md5", "password", "scram-sha-256"
                # "local" is for Unix domain socket connections only
                local   all             all                                     trust
                # IPv4 local connections:
                host    all             all             127.0.0.1/32            trust
                host    all             all             ::1/128                 trust
                local   replication     all                                     trust
                hostssl trust           trust           10.0.0.0 255.0.0.0      trust  # masked
                host    trust           all             192.168.0.0/16          md5
                host    all             all             10.1.0.0/16             trust clientcert=verify-ca
                #host   all             all             0.0.0.0/0               trust
                """;

        assertThat(HostBasedAuthentication.requirePassword(trusting)).isEqualTo("""
                # METHOD can be "trust", "reject", "md5", "password", "scram-sha-256"
                # "local" is for Unix domain socket connections only
                local   all             all                                     scram-sha-256
                # IPv4 local connections:
                host    all             all             127.0.0.1/32            scram-sha-256
                host    all             all             ::1/128                 scram-sha-256
                local   replication     all                                     scram-sha-256
                hostssl trust           trust           10.0.0.0 255.0.0.0      scram-sha-256  # masked
                host    trust           all             192.168.0.0/16          md5
                host    all             all             10.1.0.0/16             scram-sha-256 clientcert=verify-ca
                #host   all             all             0.0.0.0/0               trust
                """);
    }

    @Test
    void fileWithoutTrustIsUnchanged() {
        String strict = """
                local   all   all                 scram-sha-256
                host    all   trust 127.0.0.1/32  scram-sha-256
                """;

        assertThat(HostBasedAuthentication.requirePassword(strict)).isEqualTo(strict);
    }
}
