package fr.vigie.app.workspace;

import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Optional;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * One-time tokens that make form submissions idempotent (table {@code form_submission}): a form that
 * starts work (a ledger upload, an assessment run) carries a fresh random token
 * ({@code <input type="hidden" name="formToken" th:value="${@formSubmissions.newToken()}">}); the first
 * request with a token claims it and does the work, a repeated one (double click, reload, a retry after
 * a lost answer) does nothing and is sent where the first one led, or told that it is still in progress.
 * Requests without a token (the API, older pages) are not deduplicated. Tokens older than two days are
 * dropped as new ones are claimed.
 */
@Component("formSubmissions")
public class FormSubmissions {

    /** The request parameter carrying the token. */
    public static final String PARAMETER = "formToken";
    private static final Pattern TOKEN = Pattern.compile("[0-9a-f]{32}");
    private static final SecureRandom RANDOM = new SecureRandom();

    private final JdbcClient jdbc;

    FormSubmissions(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A fresh token for a form. */
    public String newToken() {
        byte[] bytes = new byte[16];
        RANDOM.nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }

    /** What a submission is. */
    public sealed interface Claim {
        /** The first submission of the form (or one without a token): do the work. */
        record First(Optional<String> token) implements Claim {
        }

        /** The form was already submitted; {@code result} is where the first submission led, once known. */
        record Repeat(Optional<String> result) implements Claim {
        }
    }

    /** Claims a submitted token for a user. */
    public Claim claim(@Nullable String token, String username) {
        if (token == null || !TOKEN.matcher(token).matches()) {
            return new Claim.First(Optional.empty());
        }
        jdbc.sql("delete from form_submission where submitted_at < now() - interval '2 days'").update();
        int claimed = jdbc.sql("insert into form_submission (token, username) values (?, ?) on conflict do nothing")
                .params(token, username).update();
        if (claimed == 1) {
            return new Claim.First(Optional.of(token));
        }
        return new Claim.Repeat(jdbc.sql("select result from form_submission where token = ? and username = ?")
                .params(token, username).query((rs, row) -> Optional.ofNullable(rs.getString(1))).optional()
                .flatMap(r -> r));
    }

    /** Gives a claimed token up (the work was refused before it started: the same form may be sent again). */
    public void release(Claim.First claim) {
        claim.token().ifPresent(t -> jdbc.sql("delete from form_submission where token = ?").param(t).update());
    }

    /** Records where the first submission of a claimed token led (a path of the application). */
    public void complete(Claim.First claim, String result) {
        claim.token().ifPresent(t -> jdbc.sql("update form_submission set result = ? where token = ?")
                .params(result, t).update());
    }
}
