/**
 * Solutions and roadmap of a workspace: the recommendations per filiere of the latest assessment
 * with their "in place" marks, and a roadmap board by horizon (short, medium, long term) whose
 * actions, taken up from each new assessment, get an owner, a due date and a status (to do, in
 * progress, done). Every change is audited: who changed which field, when, from what to what.
 */
@NullMarked
@ApplicationModule(displayName = "Roadmap")
package fr.vigie.app.roadmap;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
