/**
 * Accounts and security: users stored in the {@code app_user} table with bcrypt password hashes and
 * one role each (ADMIN, ANALYST, VIEWER, in decreasing order of rights), form login with CSRF
 * protection, the first administrator created on first start, the read-only demo user of demo mode,
 * the administrators' users page, and the page where each user changes their own password.
 */
@NullMarked
@ApplicationModule(displayName = "Accounts")
package fr.vigie.app.account;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
