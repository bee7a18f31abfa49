package fr.vigie.engine.declaration;

import java.util.Objects;

/** A person named in the declaration: name, e-mail, phone (empty strings when blank). */
public record Contact(String name, String email, String phone) {
  public Contact {
    Objects.requireNonNull(name);
    Objects.requireNonNull(email);
    Objects.requireNonNull(phone);
  }
}
