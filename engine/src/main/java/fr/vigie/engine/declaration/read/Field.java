package fr.vigie.engine.declaration.read;

/** The single-cell fields of the Declaration sheet's company block. */
public enum Field {
  COMPANY_NAME(true),
  SCOPE(true),
  SCOPE_DESCRIPTION(false),
  COMPANY_ID(false),
  AUTHORIZATION_ID(false),
  ADDRESS(false),
  CONTACT_NAME(true),
  CONTACT_EMAIL(true),
  CONTACT_PHONE(true),
  AUTHORIZER_NAME(true),
  AUTHORIZER_TITLE(false),
  AUTHORIZER_EMAIL(true),
  AUTHORIZER_PHONE(false),
  EFFECTIVE_DATE(true);

  private final boolean required;

  Field(boolean required) {
    this.required = required;
  }

  /** Required by the template's Checker sheet. */
  public boolean required() {
    return required;
  }
}
