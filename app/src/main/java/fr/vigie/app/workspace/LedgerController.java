package fr.vigie.app.workspace;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
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
 * {@code /workspaces/{id}/ledgers}: the current purchase ledger per filiere, the import history, and
 * the upload form whose result is the import report (accepted lines, or each rejected line with its
 * reason, or why the file was refused).
 */
@Controller
class LedgerController {

    private final WorkspaceAccess access;
    private final LedgerStore store;
    private final LedgerUploads uploads;
    private final FormSubmissions submissions;

    LedgerController(WorkspaceAccess access, LedgerStore store, LedgerUploads uploads, FormSubmissions submissions) {
        this.access = access;
        this.store = store;
        this.uploads = uploads;
        this.submissions = submissions;
    }

    @GetMapping("/workspaces/{id}/ledgers")
    String page(@PathVariable long id, @RequestParam(name = UploadSizeFilter.REFUSED_PARAMETER, required = false)
            String refused, Authentication user, Model model) {
        WorkspaceGrant grant = access.require(id, user, WorkspaceRole.VIEWER);
        if ("size".equals(refused)) {
            model.addAttribute("refused", "ledger.refused.size");
            model.addAttribute("refusedDetail", "the upload is above the " + uploads.maxBytes() + "-byte limit");
        }
        pageModel(grant, model);
        return "workspace/ledgers";
    }

    private void pageModel(WorkspaceGrant grant, Model model) {
        long id = grant.id();
        model.addAttribute("ws", grant);
        store.current(id).ifPresent(current -> {
            model.addAttribute("current", current);
            model.addAttribute("ledger", store.ledger(current.id()));
        });
        model.addAttribute("history", store.history(id));
        model.addAttribute("maxBytes", uploads.maxBytes());
    }

    /**
     * Imports the file, once per form (its one-time token): a repeated submission is sent to the page
     * with a note; an upload while another import of the workspace is in progress answers 409 with the
     * page and its message, nothing imported.
     */
    @PostMapping("/workspaces/{id}/ledgers")
    String upload(@PathVariable long id, @RequestParam("file") MultipartFile file,
            @RequestParam(name = FormSubmissions.PARAMETER, required = false) String formToken, Authentication user,
            Model model, HttpServletResponse response, RedirectAttributes redirect) throws IOException {
        WorkspaceGrant grant = access.require(id, user, WorkspaceRole.ANALYST);
        String page = "redirect:/workspaces/" + id + "/ledgers";
        FormSubmissions.Claim claim = submissions.claim(formToken, grant.username());
        if (claim instanceof FormSubmissions.Claim.Repeat repeat) {
            if (repeat.result().isEmpty()) {
                return running(grant, model, response);
            }
            redirect.addFlashAttribute("notice", "form.repeated");
            return "redirect:" + repeat.result().get();
        }
        String name = file.getOriginalFilename() == null ? "" : file.getOriginalFilename();
        LedgerUploads.Outcome outcome;
        try (InputStream in = file.getInputStream()) {
            outcome = uploads.upload(grant, name, file.getSize(), in);
        } catch (IOException | RuntimeException e) {
            submissions.release((FormSubmissions.Claim.First) claim);
            throw e;
        }
        if (outcome instanceof LedgerUploads.Outcome.Refused refused && refused.code().equals("running")) {
            submissions.release((FormSubmissions.Claim.First) claim);
            return running(grant, model, response);
        }
        submissions.complete((FormSubmissions.Claim.First) claim, "/workspaces/" + id + "/ledgers");
        switch (outcome) {
            case LedgerUploads.Outcome.Imported imported -> {
                redirect.addFlashAttribute("imported", true);
                redirect.addFlashAttribute("report", LedgerStore.reportTree(imported.report()));
            }
            case LedgerUploads.Outcome.Rejected rejected -> {
                redirect.addFlashAttribute("rejected", true);
                redirect.addFlashAttribute("report", LedgerStore.reportTree(rejected.report()));
            }
            case LedgerUploads.Outcome.Refused refused -> {
                redirect.addFlashAttribute("refused", "ledger.refused." + refused.code());
                redirect.addFlashAttribute("refusedDetail", refused.detail());
            }
        }
        return page;
    }

    /** The page again with 409 and the message that another import is in progress. */
    private String running(WorkspaceGrant grant, Model model, HttpServletResponse response) {
        response.setStatus(HttpStatus.CONFLICT.value());
        pageModel(grant, model);
        model.addAttribute("refused", WorkspaceOperations.messageKey(WorkspaceOperations.Kind.LEDGER_IMPORT));
        return "workspace/ledgers";
    }

    @GetMapping("/workspaces/{id}/ledgers/{ledgerId}/report")
    String report(@PathVariable long id, @PathVariable long ledgerId, Authentication user, Model model) {
        WorkspaceGrant grant = access.require(id, user, WorkspaceRole.VIEWER);
        StoredLedger ledger = store.find(id, ledgerId)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        model.addAttribute("ws", grant);
        model.addAttribute("stored", ledger);
        model.addAttribute("report", store.report(ledger.id()));
        return "workspace/ledger-report";
    }

    @GetMapping("/workspaces/{id}/ledgers/{ledgerId}/original")
    ResponseEntity<byte[]> original(@PathVariable long id, @PathVariable long ledgerId, Authentication user) {
        access.require(id, user, WorkspaceRole.VIEWER);
        StoredLedger ledger = store.find(id, ledgerId)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        byte[] bytes = store.original(ledger.id())
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "original not kept"));
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename(ledger.fileName(), StandardCharsets.UTF_8).build().toString())
                .contentType(MediaType.APPLICATION_OCTET_STREAM)
                .body(bytes);
    }
}
