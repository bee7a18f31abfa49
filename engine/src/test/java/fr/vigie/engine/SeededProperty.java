package fr.vigie.engine;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.TestExecutionExceptionHandler;
import org.junit.jupiter.params.ParameterizedTest;

/**
 * A property checked over seeded random cases: a parameterized test taking one {@code long} seed
 * from a {@code @MethodSource} built with {@link Seeds#seeds(String, int)}. Each case is named
 * after its seed, and a failing case says how to replay it.
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@ParameterizedTest(name = Seeds.NAME)
@ExtendWith(SeededProperty.ReplayHint.class)
public @interface SeededProperty {

  /** Adds the seed and the replay command line to a failing case. */
  final class ReplayHint implements TestExecutionExceptionHandler {
    @Override
    public void handleTestExecutionException(ExtensionContext context, Throwable failure) throws Throwable {
      String name = context.getDisplayName();
      if (!name.startsWith("seed ")) {
        throw failure;
      }
      String seed = name.substring("seed ".length());
      AssertionError named = new AssertionError("property failed for " + name + " (replay: -Dvigie.seed=" + seed
          + " -Dtest='" + context.getRequiredTestClass().getSimpleName() + "#"
          + context.getRequiredTestMethod().getName() + "'): " + failure.getMessage(), failure);
      throw named;
    }
  }
}
