/**
 * Database: where Vigie keeps its data. Without {@code spring.datasource.url} it starts an embedded
 * PostgreSQL (from a Maven artifact, loopback only) whose files live in {@code <data-dir>/postgres},
 * guarded by an exclusive lock on {@code <data-dir>/vigie.lock} so that a second instance cannot
 * corrupt them, and refusing any client without the password in {@code <data-dir>/db-password}; with {@code spring.datasource.url} it connects to that external PostgreSQL instead.
 * Known startup faults (data directory locked or not writable, database unreachable, port in use) are
 * reported as one line saying what is wrong and how to fix it.
 */
@NullMarked
@ApplicationModule(displayName = "Database")
package fr.vigie.app.database;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
