package fr.vigie.app.assessment;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
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
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * {@code /workspaces/{id}/declarations}: the supplier declaration files of the workspace (template,
 * version, company, the engine's findings), the consolidated smelter list that feeds the assessments,
 * and the upload form (several files at once; each refused file is reported alone).
 */
@Controller
class DeclarationController {

    private final WorkspaceAccess access;
    private final SupplierDeclarations declarations;

    DeclarationController(WorkspaceAccess access, SupplierDeclarations declarations) {
        this.access = access;
        this.declarations = declarations;
    }

    @GetMapping("/workspaces/{id}/declarations")
    String page(@PathVariable long id, @RequestParam(required = false) String refused, Authentication user,
            Model model) {
        WorkspaceGrant grant = access.require(id, user, WorkspaceRole.VIEWER);
        model.addAttribute("refusedSize", "size".equals(refused));
        model.addAttribute("ws", grant);
        model.addAttribute("declarations", declarations.list(grant));
        model.addAttribute("consolidation", declarations.consolidation(grant));
        model.addAttribute("maxBytes", declarations.maxBytes());
        model.addAttribute("smelterList", declarations.smelterList(grant).orElse(null));
        model.addAttribute("checks", declarations.smelterChecks(grant));
        return "assessment/declarations";
    }

    @PostMapping("/workspaces/{id}/declarations")
    String upload(@PathVariable long id, @RequestParam(name = "files", required = false) List<MultipartFile> files,
            Authentication user, RedirectAttributes redirect) throws IOException {
        WorkspaceGrant grant = access.require(id, user, WorkspaceRole.ANALYST);
        List<MultipartFile> given = files == null ? List.of() : files.stream().filter(f -> !f.isEmpty()).toList();
        List<InputStream> opened = new ArrayList<>();
        try {
            List<SupplierDeclarations.Upload> uploads = new ArrayList<>();
            for (MultipartFile f : given) {
                InputStream in = f.getInputStream();
                opened.add(in);
                uploads.add(new SupplierDeclarations.Upload(
                        f.getOriginalFilename() == null ? "" : f.getOriginalFilename(), f.getSize(), in));
            }
            redirect.addFlashAttribute("outcomes", declarations.upload(grant, uploads, SupplierDeclarations.Duplicates.ASK));
        } finally {
            for (InputStream in : opened) {
                in.close();
            }
        }
        return "redirect:/workspaces/" + id + "/declarations";
    }

    /** The choice about a file already stored: {@code keep} both, {@code replace} the stored copy, or {@code cancel}. */
    @PostMapping("/workspaces/{id}/declarations/duplicates/{choice}")
    String duplicate(@PathVariable long id, @PathVariable String choice, @RequestParam String action,
            Authentication user, RedirectAttributes redirect) {
        WorkspaceGrant grant = access.require(id, user, WorkspaceRole.ANALYST);
        SupplierDeclarations.Duplicates what = switch (action) {
            case "keep" -> SupplierDeclarations.Duplicates.KEEP_BOTH;
            case "replace" -> SupplierDeclarations.Duplicates.REPLACE;
            case "cancel" -> SupplierDeclarations.Duplicates.CANCEL;
            default -> throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "action: keep, replace or cancel");
        };
        redirect.addFlashAttribute("duplicateChoice", declarations.choose(grant, choice, what) ? action : "expired");
        return "redirect:/workspaces/" + id + "/declarations";
    }

    /** Loads the workspace's RMI smelter list (CSV or Excel), whole or not at all. */
    @PostMapping("/workspaces/{id}/declarations/smelter-list")
    String uploadSmelterList(@PathVariable long id, @RequestParam(name = "file", required = false) MultipartFile file,
            Authentication user, RedirectAttributes redirect) throws IOException {
        WorkspaceGrant grant = access.require(id, user, WorkspaceRole.ANALYST);
        if (file != null && !file.isEmpty()) {
            try (InputStream in = file.getInputStream()) {
                redirect.addFlashAttribute("listOutcome", declarations.uploadSmelterList(grant,
                        new SupplierDeclarations.Upload(file.getOriginalFilename() == null ? ""
                                : file.getOriginalFilename(), file.getSize(), in)));
            }
        }
        return "redirect:/workspaces/" + id + "/declarations";
    }

    @PostMapping("/workspaces/{id}/declarations/{declarationId}/delete")
    String delete(@PathVariable long id, @PathVariable long declarationId, Authentication user) {
        WorkspaceGrant grant = access.require(id, user, WorkspaceRole.ANALYST);
        if (!declarations.delete(grant, declarationId)) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND, "no declaration " + declarationId);
        }
        return "redirect:/workspaces/" + id + "/declarations";
    }
}
