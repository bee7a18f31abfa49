package fr.vigie.app.workspace;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.http.ContentDisposition;
import jakarta.servlet.http.HttpServletResponse;
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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * {@code /workspaces/{id}/profile}: the company profile as a form with each field's problem beside
 * it, and as a YAML file to download or upload (the format of docs/company-profile.md).
 */
@Controller
class ProfileController {

    /**
     * The largest profile, as a file, an API body or the form's fields together: 64 KiB, about 30 times
     * the bundled example profile. Checked before any YAML parsing (a 3 MB profile took 10.8 s to check).
     */
    static final int MAX_PROFILE_BYTES = 64 * 1024;

    private final Workspaces workspaces;
    private final WorkspaceAccess access;
    private final ProfileValidator validator;

    ProfileController(Workspaces workspaces, WorkspaceAccess access, ProfileValidator validator) {
        this.workspaces = workspaces;
        this.access = access;
        this.validator = validator;
    }

    @GetMapping("/workspaces/{id}/profile")
    String form(@PathVariable long id, Authentication user, Model model) {
        WorkspaceGrant grant = access.require(id, user, WorkspaceRole.VIEWER);
        if (!model.containsAttribute("values")) {
            model.addAttribute("values", ProfileYaml.read(workspaces.profileYaml(id)));
        }
        return page(grant, model, Map.of());
    }

    @PostMapping("/workspaces/{id}/profile")
    String save(@PathVariable long id, @RequestParam Map<String, String> params, Authentication user, Model model,
            RedirectAttributes redirect, HttpServletResponse response) {
        WorkspaceGrant grant = access.require(id, user, WorkspaceRole.ANALYST);
        Map<String, String> values = new LinkedHashMap<>();
        long total = 0;
        for (ProfileField field : ProfileField.ALL) {
            String value = params.getOrDefault(field.key(), "");
            values.put(field.key(), value);
            total += value.length();
        }
        if (total > MAX_PROFILE_BYTES) {
            response.setStatus(HttpStatus.CONTENT_TOO_LARGE.value());
            model.addAttribute("values", ProfileYaml.read(workspaces.profileYaml(id)));
            return page(grant, model, Map.of(ProfileValidator.GLOBAL,
                    "the profile must be at most " + MAX_PROFILE_BYTES + " characters"));
        }
        return switch (validator.checkForm(values)) {
            case ProfileValidator.Outcome.Valid valid -> {
                workspaces.saveProfile(id, valid.yaml(), user.getName());
                redirect.addFlashAttribute("saved", true);
                redirect.addFlashAttribute("warnings", valid.warnings());
                yield "redirect:/workspaces/" + id + "/profile";
            }
            case ProfileValidator.Outcome.Invalid invalid -> {
                model.addAttribute("values", values);
                yield page(grant, model, invalid.errors());
            }
        };
    }

    @PostMapping("/workspaces/{id}/profile/upload")
    String upload(@PathVariable long id, @RequestParam("file") MultipartFile file, Authentication user, Model model,
            RedirectAttributes redirect) throws IOException {
        WorkspaceGrant grant = access.require(id, user, WorkspaceRole.ANALYST);
        if (file.isEmpty() || file.getSize() > MAX_PROFILE_BYTES) {
            model.addAttribute("values", ProfileYaml.read(workspaces.profileYaml(id)));
            return page(grant, model, Map.of(ProfileValidator.GLOBAL, file.getOriginalFilename()
                    + ": the profile file must be between 1 byte and " + MAX_PROFILE_BYTES + " bytes"));
        }
        String yaml = new String(file.getBytes(), StandardCharsets.UTF_8);
        return switch (validator.checkYaml(yaml)) {
            case ProfileValidator.Outcome.Valid valid -> {
                workspaces.saveProfile(id, valid.yaml(), user.getName());
                redirect.addFlashAttribute("saved", true);
                redirect.addFlashAttribute("warnings", valid.warnings());
                yield "redirect:/workspaces/" + id + "/profile";
            }
            case ProfileValidator.Outcome.Invalid invalid -> {
                model.addAttribute("values", ProfileYaml.read(workspaces.profileYaml(id)));
                Map<String, String> errors = new LinkedHashMap<>();
                invalid.errors().forEach((k, v) -> errors.put(ProfileValidator.GLOBAL,
                        file.getOriginalFilename() + ": " + v));
                yield page(grant, model, errors);
            }
        };
    }

    @GetMapping("/workspaces/{id}/profile.yaml")
    ResponseEntity<String> download(@PathVariable long id, Authentication user) {
        access.require(id, user, WorkspaceRole.VIEWER);
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename("profile-" + id + ".yaml", StandardCharsets.UTF_8)
                                .build().toString())
                .contentType(new MediaType("application", "yaml", StandardCharsets.UTF_8))
                .body(workspaces.profileYaml(id));
    }

    private String page(WorkspaceGrant grant, Model model, Map<String, String> errors) {
        model.addAttribute("ws", grant);
        model.addAttribute("fields", ProfileField.ALL);
        model.addAttribute("errors", errors);
        return "workspace/profile";
    }
}
