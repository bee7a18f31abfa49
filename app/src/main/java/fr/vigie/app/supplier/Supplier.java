package fr.vigie.app.supplier;

import java.time.Instant;
import java.util.Set;

/**
 * A supplier of a workspace.
 *
 * @param id          the supplier's id
 * @param workspaceId its workspace
 * @param name        its name, also the value of the ledger's {@code supplier} column on the lines it supplies
 * @param country     ISO 3166-1 alpha-2 code
 * @param email       contact e-mail address
 * @param language    the language of its e-mails and portal
 * @param templates   the templates it owes
 * @param updatedAt   last change
 */
public record Supplier(long id, long workspaceId, String name, String country, String email,
        SupplierLanguage language, Set<DeclarationTemplate> templates, Instant updatedAt) {

    /** Copies the templates. */
    public Supplier {
        templates = Set.copyOf(templates);
    }

    /** The templates owed, in their order, separated by commas. */
    public String templateList() {
        return String.join(", ", templates.stream().sorted().map(Enum::name).toList());
    }
}
