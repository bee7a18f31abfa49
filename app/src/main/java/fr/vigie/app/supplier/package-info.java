/**
 * Suppliers of a workspace and the due diligence loop with them: campaigns that ask suppliers for a
 * declaration (CMRT, EMRT, AMRT, CRT) by e-mail in their language with a personal link, reminders before
 * the due date and when overdue (sent once whatever the number of instances: rows are claimed with
 * {@code FOR UPDATE SKIP LOCKED}), the supplier portal {@code /supplier/{token}} (no account; the token
 * is random, kept as a hash, bound to one request and valid until the due date plus a grace period),
 * the campaign board where analysts accept or reject answers, and the mail outbox (sent through SMTP
 * when {@code spring.mail.host} is set, kept for the workspace administrator otherwise). Uploaded
 * answers are read by the assessment module's {@link fr.vigie.app.assessment.SupplierDeclarations}
 * (import gate, size limits, the engine's findings); an accepted answer joins the workspace's
 * declarations.
 */
@NullMarked
@ApplicationModule(displayName = "Suppliers and campaigns")
package fr.vigie.app.supplier;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
