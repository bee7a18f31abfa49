package fr.vigie.app.supplier;

import java.time.Instant;
import java.util.List;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Table {@code mail_outbox}: every e-mail of the campaigns is written there in the transaction that
 * decides it (a request, a reminder, a decision), so that nothing is sent for work that was rolled
 * back and nothing decided is lost. With an SMTP server ({@code spring.mail.host}, Spring Boot's
 * standard mail properties) the dispatcher sends the pending messages: it claims them with {@code
 * SELECT ... FOR UPDATE SKIP LOCKED}, sends them while holding the rows, and marks them sent in the
 * same transaction, so that two instances never send one message twice. Without an SMTP server (demo
 * mode) the messages stay in the outbox, shown to the workspace administrator.
 */
@Service
public class Outbox {

    private static final Log logger = LogFactory.getLog(Outbox.class);
    private static final int BATCH = 20;
    private static final int MAX_ATTEMPTS = 5;

    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;
    private final @Nullable JavaMailSender sender;
    private final String from;

    Outbox(JdbcClient jdbc, TransactionTemplate transactions, ObjectProvider<JavaMailSender> sender,
            @Value("${vigie.mail.from:vigie@localhost}") String from) {
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.sender = sender.getIfAvailable();
        this.from = from;
    }

    /** A message of the outbox. */
    public record Message(long id, String recipient, String subject, String body, Instant createdAt,
            @Nullable Instant sentAt, int attempts, @Nullable String lastError) {
    }

    /** Whether messages are sent (an SMTP server is configured) or only kept here. */
    public boolean sending() {
        return sender != null;
    }

    /** Writes a message, in the caller's transaction. */
    void enqueue(long workspaceId, String recipient, String subject, String body) {
        jdbc.sql("insert into mail_outbox (workspace_id, recipient, subject, body) values (?, ?, ?, ?)")
                .params(workspaceId, recipient, subject, body).update();
    }

    /** The workspace's messages, newest first (at most 500). */
    public List<Message> list(long workspaceId) {
        return jdbc.sql("select id, recipient, subject, body, created_at, sent_at, attempts, last_error"
                        + " from mail_outbox where workspace_id = ? order by id desc limit 500")
                .param(workspaceId)
                .query((rs, n) -> new Message(rs.getLong("id"), rs.getString("recipient"), rs.getString("subject"),
                        rs.getString("body"), rs.getTimestamp("created_at").toInstant(),
                        rs.getTimestamp("sent_at") == null ? null : rs.getTimestamp("sent_at").toInstant(),
                        rs.getInt("attempts"), rs.getString("last_error")))
                .list();
    }

    /** Sends the pending messages every minute (by default) when an SMTP server is configured. */
    @Scheduled(fixedDelayString = "${vigie.mail.dispatch-interval:60s}", initialDelayString = "${vigie.mail.dispatch-interval:60s}")
    void scheduledDispatch() {
        dispatch();
    }

    /**
     * Sends the pending messages that no other instance is sending, batch by batch; a message that
     * fails is tried again at the next dispatch, at most {@value #MAX_ATTEMPTS} times.
     *
     * @return the number of messages sent
     */
    public int dispatch() {
        if (sender == null) {
            return 0;
        }
        int sent = 0;
        while (true) {
            Integer batch = transactions.execute(status -> sendBatch());
            if (batch == null || batch == 0) {
                return sent;
            }
            sent += batch;
        }
    }

    private int sendBatch() {
        List<Message> pending = jdbc.sql("select id, recipient, subject, body, created_at, sent_at, attempts, last_error"
                        + " from mail_outbox where sent_at is null and attempts < ? order by id limit ?"
                        + " for update skip locked")
                .params(MAX_ATTEMPTS, BATCH)
                .query((rs, n) -> new Message(rs.getLong("id"), rs.getString("recipient"), rs.getString("subject"),
                        rs.getString("body"), rs.getTimestamp("created_at").toInstant(), null, rs.getInt("attempts"),
                        null))
                .list();
        int sent = 0;
        for (Message m : pending) {
            SimpleMailMessage mail = new SimpleMailMessage();
            mail.setFrom(from);
            mail.setTo(m.recipient());
            mail.setSubject(m.subject());
            mail.setText(m.body());
            try {
                sender.send(mail);
                jdbc.sql("update mail_outbox set sent_at = now(), attempts = attempts + 1, last_error = null where id = ?")
                        .param(m.id()).update();
                sent++;
            } catch (MailException e) {
                logger.warn("mail " + m.id() + " to " + m.recipient() + " not sent: " + e.getMessage());
                String error = String.valueOf(e.getMessage());
                jdbc.sql("update mail_outbox set attempts = attempts + 1, last_error = ? where id = ?")
                        .params(error.length() > 1000 ? error.substring(0, 1000) : error, m.id()).update();
            }
        }
        // a batch where every message failed ends this dispatch (they are tried again later)
        return sent;
    }
}
