/**
 * The grievance mechanism (OECD step 3, the French duty of vigilance's "mécanisme d'alerte", EU
 * conflict minerals regulation Art. 4(e)): a public intake page per workspace, open without an
 * account and addressed by the workspace's random public key; a receipt code (only its hash stored)
 * with which the reporter follows the case and exchanges messages without saying who they are; the
 * cases' workflow, seen only by the workspace's designated case handlers, with an audit trail of every
 * view and change; and statistics. See docs/grievance.md.
 */
@NullMarked
@ApplicationModule(displayName = "Grievance mechanism")
package fr.vigie.app.grievance;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
