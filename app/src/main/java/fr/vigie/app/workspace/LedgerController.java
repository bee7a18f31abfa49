package fr.vigie.app.workspace;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

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

    LedgerController(WorkspaceAccess access, LedgerStore store, LedgerUploads uploads) {
        this.access = access;
        this.store = store;
        this.uploads = uploads;
    }

    @GetMapping("/workspaces/{id}/ledgers")
    String page(@PathVariable long id, @RequestParam(name = UploadSizeFilter.REFUSED_PARAMETER, required = false)
            String refused, Authentication user, Model model) {
        WorkspaceGrant grant = access.require(id, user, WorkspaceRole.VIEWER);
        if ("size".equals(refused)) {
            model.addAttribute("refused", "ledger.refused.size");
            model.addAttribute("refusedDetail", "the upload is above the " + uploads.maxBytes() + "-byte limit");
        }
        model.addAttribute("ws", grant);
        store.current(id).ifPresent(current -> {
            model.addAttribute("current", current);
            model.addAttribute("ledger", store.ledger(current.id()));
        });
        model.addAttribute("history", store.history(id));
        model.addAttribute("maxBytes", uploads.maxBytes());
        return "workspace/ledgers";
    }

    @PostMapping("/workspaces/{id}/ledgers")
    String upload(@PathVariable long id, @RequestParam("file") MultipartFile file, Authentication user,
            RedirectAttributes redirect) throws IOException {
        WorkspaceGrant grant = access.require(id, user, WorkspaceRole.ANALYST);
        String name = file.getOriginalFilename() == null ? "" : file.getOriginalFilename();
        LedgerUploads.Outcome outcome;
        try (InputStream in = file.getInputStream()) {
            outcome = uploads.upload(grant, name, file.getSize(), in);
        }
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
        return "redirect:/workspaces/" + id + "/ledgers";
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
