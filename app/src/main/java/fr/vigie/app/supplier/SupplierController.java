package fr.vigie.app.supplier;

import java.util.List;

import fr.vigie.app.workspace.WorkspaceAccess;
import fr.vigie.app.workspace.WorkspaceGrant;
import fr.vigie.app.workspace.WorkspaceRole;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * {@code /workspaces/{id}/suppliers}: the workspace's suppliers (list and add form), one supplier
 * (edit form, the ledger lines it supplies, its requests and answers) and its removal after a
 * confirmation page.
 */
@Controller
class SupplierController {

    private final WorkspaceAccess access;
    private final Suppliers suppliers;
    private final Campaigns campaigns;
    private final SupplierLedgerLines ledgerLines;

    SupplierController(WorkspaceAccess access, Suppliers suppliers, Campaigns campaigns,
            SupplierLedgerLines ledgerLines) {
        this.access = access;
        this.suppliers = suppliers;
        this.campaigns = campaigns;
        this.ledgerLines = ledgerLines;
    }

    @GetMapping("/workspaces/{id}/suppliers")
    String list(@PathVariable long id, Authentication user, Model model) {
        WorkspaceGrant grant = access.require(id, user, WorkspaceRole.VIEWER);
        model.addAttribute("ws", grant);
        model.addAttribute("suppliers", suppliers.list(grant));
        model.addAttribute("templates", DeclarationTemplate.values());
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", new SupplierInput("", "", "", "en", List.of()));
        }
        return "supplier/suppliers";
    }

    @PostMapping("/workspaces/{id}/suppliers")
    String create(@PathVariable long id, @RequestParam(required = false) String name,
            @RequestParam(required = false) String country, @RequestParam(required = false) String email,
            @RequestParam(required = false) String language,
            @RequestParam(name = "templates", required = false) List<String> templates, Authentication user,
            RedirectAttributes redirect) {
        WorkspaceGrant grant = access.require(id, user, WorkspaceRole.ANALYST);
        SupplierInput input = new SupplierInput(name, country, email, language, templates);
        return switch (suppliers.create(grant, input)) {
            case Suppliers.Outcome.Saved saved -> {
                redirect.addFlashAttribute("saved", saved.supplier().name());
                yield "redirect:/workspaces/" + id + "/suppliers";
            }
            case Suppliers.Outcome.Invalid invalid -> refused(redirect, input, invalid.errors(), id, "");
            case Suppliers.Outcome.NameTaken taken ->
                    refused(redirect, input, List.of(new SupplierInput.Invalid("name", "supplier.error.name-taken")), id, "");
            case Suppliers.Outcome.NotFound missing -> throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        };
    }

    @GetMapping("/workspaces/{id}/suppliers/{supplierId}")
    String show(@PathVariable long id, @PathVariable long supplierId, Authentication user, Model model) {
        WorkspaceGrant grant = access.require(id, user, WorkspaceRole.VIEWER);
        Supplier supplier = suppliers.find(grant, supplierId)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "no supplier " + supplierId));
        model.addAttribute("ws", grant);
        model.addAttribute("supplier", supplier);
        model.addAttribute("templates", DeclarationTemplate.values());
        model.addAttribute("history", campaigns.history(grant, supplierId));
        model.addAttribute("ledger", ledgerLines.of(grant.id(), supplier.name()));
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", new SupplierInput(supplier.name(), supplier.country(), supplier.email(),
                    supplier.language().code(), supplier.templates().stream().map(Enum::name).toList()));
        }
        return "supplier/supplier";
    }

    @PostMapping("/workspaces/{id}/suppliers/{supplierId}")
    String update(@PathVariable long id, @PathVariable long supplierId, @RequestParam(required = false) String name,
            @RequestParam(required = false) String country, @RequestParam(required = false) String email,
            @RequestParam(required = false) String language,
            @RequestParam(name = "templates", required = false) List<String> templates, Authentication user,
            RedirectAttributes redirect) {
        WorkspaceGrant grant = access.require(id, user, WorkspaceRole.ANALYST);
        SupplierInput input = new SupplierInput(name, country, email, language, templates);
        return switch (suppliers.update(grant, supplierId, input)) {
            case Suppliers.Outcome.Saved saved -> {
                redirect.addFlashAttribute("saved", saved.supplier().name());
                yield "redirect:/workspaces/" + id + "/suppliers/" + supplierId;
            }
            case Suppliers.Outcome.Invalid invalid -> refused(redirect, input, invalid.errors(), id, "/" + supplierId);
            case Suppliers.Outcome.NameTaken taken -> refused(redirect, input,
                    List.of(new SupplierInput.Invalid("name", "supplier.error.name-taken")), id, "/" + supplierId);
            case Suppliers.Outcome.NotFound missing ->
                    throw new ResponseStatusException(HttpStatus.NOT_FOUND, "no supplier " + supplierId);
        };
    }

    @GetMapping("/workspaces/{id}/suppliers/{supplierId}/delete")
    String confirmDelete(@PathVariable long id, @PathVariable long supplierId, Authentication user, Model model) {
        WorkspaceGrant grant = access.require(id, user, WorkspaceRole.ANALYST);
        Supplier supplier = suppliers.find(grant, supplierId)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "no supplier " + supplierId));
        model.addAttribute("ws", grant);
        model.addAttribute("supplier", supplier);
        model.addAttribute("requests", campaigns.history(grant, supplierId).size());
        return "supplier/delete";
    }

    @PostMapping("/workspaces/{id}/suppliers/{supplierId}/delete")
    String delete(@PathVariable long id, @PathVariable long supplierId, Authentication user,
            RedirectAttributes redirect) {
        WorkspaceGrant grant = access.require(id, user, WorkspaceRole.ANALYST);
        if (!suppliers.delete(grant, supplierId)) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND, "no supplier " + supplierId);
        }
        redirect.addFlashAttribute("deleted", true);
        return "redirect:/workspaces/" + id + "/suppliers";
    }

    private static String refused(RedirectAttributes redirect, SupplierInput input, List<SupplierInput.Invalid> errors,
            long id, String suffix) {
        redirect.addFlashAttribute("form", input);
        redirect.addFlashAttribute("errors", errors);
        return "redirect:/workspaces/" + id + "/suppliers" + suffix;
    }
}
