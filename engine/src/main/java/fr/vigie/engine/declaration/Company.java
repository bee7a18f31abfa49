package fr.vigie.engine.declaration;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * The company block of the Declaration sheet. Text fields are trimmed, empty when blank.
 *
 * @param scopeText the scope cell as written; {@code scope} is its typed reading
 * @param effectiveDateText the effective (authorization) date as written when it is text, or in
 *     ISO form ({@code 2025-04-25}) when the cell is an Excel date; {@code effectiveDate} is present
 *     when it could be read as a date
 */
public record Company(
    String name,
    Scope scope,
    String scopeText,
    String scopeDescription,
    String companyId,
    String authorizationId,
    String address,
    Contact contact,
    Contact authorizer,
    String authorizerTitle,
    Optional<LocalDate> effectiveDate,
    String effectiveDateText) {

  public Company {
    Objects.requireNonNull(name);
    Objects.requireNonNull(scope);
    Objects.requireNonNull(scopeText);
    Objects.requireNonNull(scopeDescription);
    Objects.requireNonNull(companyId);
    Objects.requireNonNull(authorizationId);
    Objects.requireNonNull(address);
    Objects.requireNonNull(contact);
    Objects.requireNonNull(authorizer);
    Objects.requireNonNull(authorizerTitle);
    Objects.requireNonNull(effectiveDate);
    Objects.requireNonNull(effectiveDateText);
  }
}
