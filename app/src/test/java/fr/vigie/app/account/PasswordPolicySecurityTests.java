package fr.vigie.app.account;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Security review finding 5 (password rules): {@code 1234567890} was accepted (the only rule was
 * length >= 10) and a password of 12 spaces gave HTTP 500. The policy follows NIST SP 800-63B-4.
 */
class PasswordPolicySecurityTests {

    private final PasswordPolicy policy = new PasswordPolicy();

    private String refusal(String username, String password) {
        return policy.check(username, password) instanceof PasswordPolicy.Outcome.Refused refused ? refused.code() : "accepted";
    }

    @Test
    void theReviewsPasswordsAreRefusedWithAReason() {
        assertThat(refusal("alice", "1234567890")).isEqualTo("user.password.tooShort");
        assertThat(refusal("alice", " ".repeat(12))).isEqualTo("user.password.blank");
        assertThat(refusal("alice", " ".repeat(40))).isEqualTo("user.password.blank");
        assertThat(refusal("alice", "\t\n ")).isEqualTo("user.password.blank");
    }

    @Test
    void lengthIsCountedInCharactersNotBytesAndLongPassphrasesAreAccepted() {
        // 15 code points, 2 of them outside the Basic Multilingual Plane (4 bytes each in UTF-8)
        assertThat(refusal("alice", "ma\uD83D\uDE00son de v\uD83D\uDE00cances")).isEqualTo("accepted");
        assertThat(refusal("alice", "a".repeat(13) + "b")).isEqualTo("user.password.tooShort");
        String phrase64 = "correct horse battery staple and a few more words to reach 64 ch";
        assertThat(phrase64).hasSize(64);
        assertThat(refusal("alice", phrase64)).isEqualTo("accepted");
        assertThat(refusal("alice", "x".repeat(60) + phrase64 + phrase64)).isEqualTo("user.password.tooLong");
    }

    @Test
    void noCompositionRules() {
        // only lower-case letters and spaces: accepted (NIST SP 800-63B-4: no composition rules)
        assertThat(refusal("alice", "the quiet river runs north")).isEqualTo("accepted");
    }

    @Test
    void commonAndContextualPasswordsAreRefused() {
        assertThat(policy.commonPasswordCount()).isGreaterThan(19_000);
        // entries of the shipped list that are long enough to pass the length rule
        assertThat(refusal("alice", "1q2w3e4r5t6y7u8i9o0p")).isEqualTo("user.password.common");
        assertThat(refusal("alice", "1Q2W3E4R5T6Y7U8I9O0P")).isEqualTo("user.password.common");
        assertThat(refusal("alice", "alice-alice-alice")).isEqualTo("user.password.context");
        assertThat(refusal("bob", "vigievigievigie2026")).isEqualTo("user.password.context");
        assertThat(refusal("bob", "aaaaaaaaaaaaaaaaaaaa")).isEqualTo("user.password.context");
        assertThat(refusal("bob", "abcabcabcabcabcabc")).isEqualTo("user.password.context");
    }
}
