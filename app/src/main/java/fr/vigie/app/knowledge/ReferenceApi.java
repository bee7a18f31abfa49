package fr.vigie.app.knowledge;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a REST controller of the reference knowledge API ({@code /api/...}): its unknown ids are
 * answered with a problem detail by {@code ApiProblems}.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
public @interface ReferenceApi {
}
