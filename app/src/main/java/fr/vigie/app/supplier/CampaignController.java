package fr.vigie.app.supplier;

import java.io.IOException;
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
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * {@code /workspaces/{id}/campaigns}: the campaigns (list and creation form), a campaign's board
 * (each request's status, answers and findings, accept or reject with a comment), and {@code
 * /workspaces/{id}/outbox}, the e-mails of the workspace (for its administrators: the messages carry
 * the suppliers' personal links).
 */
@Controller
class CampaignController {

    private final WorkspaceAccess access;
    private final Suppliers suppliers;
    private final Campaigns campaigns;
    private final Outbox outbox;

    CampaignController(WorkspaceAccess access, Suppliers suppliers, Campaigns campaigns, Outbox outbox) {
        this.access = access;
        this.suppliers = suppliers;
        this.campaigns = campaigns;
        this.outbox = outbox;
    }

    @GetMapping("/workspaces/{id}/campaigns")
    String list(@PathVariable long id, Authentication user, Model model) {
        WorkspaceGrant grant = access.require(id, user, WorkspaceRole.VIEWER);
        model.addAttribute("ws", grant);
        model.addAttribute("campaigns", campaigns.list(grant));
        model.addAttribute("suppliers", suppliers.list(grant));
        model.addAttribute("templates", DeclarationTemplate.values());
        model.addAttribute("today", campaigns.today());
        return "supplier/campaigns";
    }

    @PostMapping("/workspaces/{id}/campaigns")
    String create(@PathVariable long id, @RequestParam(required = false) String template,
            @RequestParam(name = "suppliers", required = false) List<Long> supplierIds,
            @RequestParam(name = "due_date", required = false) String dueDate,
            @RequestParam(required = false) String message, Authentication user, RedirectAttributes redirect) {
        WorkspaceGrant grant = access.require(id, user, WorkspaceRole.ANALYST);
        Campaigns.Input input = new Campaigns.Input(template, supplierIds, dueDate, message);
        return switch (campaigns.create(grant, input, ServletUriComponentsBuilder.fromCurrentContextPath().toUriString())) {
            case Campaigns.Outcome.Created created -> {
                redirect.addFlashAttribute("created", created.campaign().requests().size());
                yield "redirect:/workspaces/" + id + "/campaigns/" + created.campaign().id();
            }
            case Campaigns.Outcome.Invalid invalid -> {
                redirect.addFlashAttribute("errors", invalid.errors());
                yield "redirect:/workspaces/" + id + "/campaigns";
            }
        };
    }

    @GetMapping("/workspaces/{id}/campaigns/{campaignId}")
    String board(@PathVariable long id, @PathVariable long campaignId, Authentication user, Model model) {
        WorkspaceGrant grant = access.require(id, user, WorkspaceRole.VIEWER);
        Campaigns.Campaign campaign = campaigns.find(grant, campaignId)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "no campaign " + campaignId));
        model.addAttribute("ws", grant);
        model.addAttribute("campaign", campaign);
        model.addAttribute("sending", outbox.sending());
        return "supplier/board";
    }

    @PostMapping("/workspaces/{id}/campaigns/{campaignId}/requests/{requestId}/decision")
    String decide(@PathVariable long id, @PathVariable long campaignId, @PathVariable long requestId,
            @RequestParam String decision, @RequestParam(required = false) String comment, Authentication user,
            RedirectAttributes redirect) throws IOException {
        WorkspaceGrant grant = access.require(id, user, WorkspaceRole.ANALYST);
        if (!decision.equals("accept") && !decision.equals("reject")) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "decision is accept or reject");
        }
        switch (campaigns.decide(grant, campaignId, requestId, decision.equals("accept"), comment == null ? "" : comment)) {
            case Campaigns.Decision.Decided decided -> {
                redirect.addFlashAttribute("decided", decided.status().id());
                if (!decided.declarations().isEmpty() && !decided.declarations().getFirst().stored()) {
                    redirect.addFlashAttribute("declarationRefused", true);
                }
            }
            case Campaigns.Decision.NotReceived notReceived -> redirect.addFlashAttribute("notReceived", true);
            case Campaigns.Decision.NotFound missing ->
                    throw new ResponseStatusException(HttpStatus.NOT_FOUND, "no request " + requestId);
        }
        return "redirect:/workspaces/" + id + "/campaigns/" + campaignId;
    }

    @GetMapping("/workspaces/{id}/outbox")
    String outbox(@PathVariable long id, Authentication user, Model model) {
        WorkspaceGrant grant = access.require(id, user, WorkspaceRole.ADMIN);
        model.addAttribute("ws", grant);
        model.addAttribute("messages", outbox.list(grant.id()));
        model.addAttribute("sending", outbox.sending());
        return "supplier/outbox";
    }
}
