package fr.vigie.app.database;

import java.util.function.Supplier;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Locks shared by every instance on one database, so that work that must happen once (a scheduled
 * clean-up, the first-start setup) is done by one instance at a time: PostgreSQL transaction-level
 * advisory locks ({@code pg_advisory_xact_lock}) on a 64-bit key derived from the lock's name
 * ({@code hashtextextended(name, 0)}). The lock is held by the transaction that runs the work and
 * released when it ends, committed or not, and by PostgreSQL if the instance dies: it cannot be left
 * behind. Lock names in use: {@value #FIRST_START}, {@value #SESSION_CLEANUP}.
 */
@Component
public class DatabaseLocks {

    /** Creation of the first administrator and the demo user. */
    public static final String FIRST_START = "vigie.first-start";
    /** Removal of expired HTTP sessions. */
    public static final String SESSION_CLEANUP = "vigie.session-cleanup";

    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;

    DatabaseLocks(JdbcClient jdbc, TransactionTemplate transactions) {
        this.jdbc = jdbc;
        this.transactions = transactions;
    }

    /** Waits for the lock, then runs {@code work} in the transaction holding it. */
    public <T> T callExclusively(String name, Supplier<T> work) {
        return transactions.execute(status -> {
            jdbc.sql("select pg_advisory_xact_lock(hashtextextended(?, 0))").param(name).query().singleRow();
            return work.get();
        });
    }

    /**
     * Runs {@code work} in the transaction holding the lock when no other transaction holds it;
     * otherwise does nothing.
     *
     * @return whether the work ran
     */
    public boolean runIfFree(String name, Runnable work) {
        Boolean ran = transactions.execute(status -> {
            boolean locked = Boolean.TRUE.equals(jdbc.sql("select pg_try_advisory_xact_lock(hashtextextended(?, 0))")
                    .param(name).query(Boolean.class).single());
            if (locked) {
                work.run();
            }
            return locked;
        });
        return Boolean.TRUE.equals(ran);
    }
}
