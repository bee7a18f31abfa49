package fr.vigie.engine.declaration.read;

import java.util.Locale;

/** The single-cell fields of the Declaration sheet's company block, in template order. */
public enum Field {
  COMPANY_NAME(true, "company_name"),
  SCOPE(true, "declaration_scope"),
  SCOPE_DESCRIPTION(false, "scope_description"),
  COMPANY_ID(false, "company_unique_id"),
  AUTHORIZATION_ID(false, "company_unique_id_authority"),
  ADDRESS(false, "address"),
  CONTACT_NAME(true, "contact_name"),
  CONTACT_EMAIL(true, "contact_email"),
  CONTACT_PHONE(true, "contact_phone"),
  AUTHORIZER_NAME(true, "authorizer_name"),
  AUTHORIZER_TITLE(false, "authorizer_title"),
  AUTHORIZER_EMAIL(true, "authorizer_email"),
  AUTHORIZER_PHONE(false, "authorizer_phone"),
  EFFECTIVE_DATE(true, "effective_date");

  private final boolean required;
  private final String yamlKey;

  Field(boolean required, String yamlKey) {
    this.required = required;
    this.yamlKey = yamlKey;
  }

  /** Required by the template's Checker sheet. */
  public boolean required() {
    return required;
  }

  /** The field's key in the layout resource ({@code company_name}...). */
  public String yamlKey() {
    return yamlKey;
  }

  /** Lower-case id. */
  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }
}
