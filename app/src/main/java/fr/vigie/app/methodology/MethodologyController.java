package fr.vigie.app.methodology;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.Principal;
import java.util.List;

import fr.vigie.app.knowledge.UnknownReferenceException;
import fr.vigie.engine.kernel.Problem;
import fr.vigie.engine.risk.Methodology;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * {@code /methodology}: the methodology in use and every stored version; administrators create a
 * new version from YAML (typed or uploaded) and choose the current one (POST-redirect-GET).
 */
@Controller
class MethodologyController {

    static final String VIEW = "methodology/methodology";
    static final String NEW_VIEW = "methodology/new";

    private final Methodologies methodologies;

    MethodologyController(Methodologies methodologies) {
        this.methodologies = methodologies;
    }

    @GetMapping("/methodology")
    String current(Model model) {
        Methodology current = methodologies.current();
        return show(model, current);
    }

    @GetMapping("/methodology/{id}/{version}")
    String version(@PathVariable String id, @PathVariable String version, Model model) {
        Methodology m = methodologies.byId(id, version)
                .orElseThrow(() -> new UnknownReferenceException("methodology version", id + " " + version));
        return show(model, m);
    }

    private String show(Model model, Methodology m) {
        Methodology current = methodologies.current();
        model.addAttribute("methodology", m);
        model.addAttribute("isCurrent", current.ref().equals(m.ref()));
        model.addAttribute("view", MethodologyView.of(m));
        model.addAttribute("versions", methodologies.versions());
        return VIEW;
    }

    @GetMapping("/methodology/new")
    @PreAuthorize("hasRole('ADMIN')")
    String newVersion(Model model) {
        Methodology current = methodologies.current();
        model.addAttribute("yaml", methodologies.version(current.id(), current.version())
                .map(MethodologyVersion::yaml).orElseGet(Methodologies::shippedText));
        model.addAttribute("makeCurrent", true);
        return NEW_VIEW;
    }

    @PostMapping("/methodology")
    @PreAuthorize("hasRole('ADMIN')")
    String create(@RequestParam(defaultValue = "") String yaml, @RequestParam(required = false) @Nullable MultipartFile file,
            @RequestParam(defaultValue = "false") boolean makeCurrent, Principal principal, Model model,
            RedirectAttributes redirect) throws IOException {
        String text = yaml;
        if (file != null && !file.isEmpty()) {
            if (file.getSize() > Methodologies.MAX_LENGTH * 4L) {
                return refused(model, yaml, makeCurrent, new Methodologies.Outcome.Invalid(
                        Problem.error("methodology.too_long", Methodologies.MAX_LENGTH)));
            }
            text = new String(file.getBytes(), StandardCharsets.UTF_8);
        }
        Methodologies.Outcome outcome = methodologies.create(text.replace("\r\n", "\n"), principal.getName(), makeCurrent);
        return switch (outcome) {
            case Methodologies.Outcome.Accepted(Methodology m) -> {
                redirect.addFlashAttribute("created", m.ref().toString());
                yield "redirect:/methodology/" + m.id() + "/" + m.version();
            }
            case Methodologies.Outcome.Invalid invalid -> refused(model, text, makeCurrent, invalid);
            case Methodologies.Outcome.Duplicate duplicate -> {
                model.addAttribute("duplicate", duplicate);
                yield refused(model, text, makeCurrent, null);
            }
        };
    }

    private String refused(Model model, String text, boolean makeCurrent, Methodologies.Outcome.@Nullable Invalid invalid) {
        model.addAttribute("yaml", text);
        model.addAttribute("makeCurrent", makeCurrent);
        model.addAttribute("invalid", invalid);
        model.addAttribute("lines", List.of(text.split("\n", -1)));
        return NEW_VIEW;
    }

    @PostMapping("/methodology/{id}/{version}/current")
    @PreAuthorize("hasRole('ADMIN')")
    String makeCurrent(@PathVariable String id, @PathVariable String version, RedirectAttributes redirect) {
        if (!methodologies.makeCurrent(id, version)) {
            throw new UnknownReferenceException("methodology version", id + " " + version);
        }
        redirect.addFlashAttribute("madeCurrent", id + " " + version);
        return "redirect:/methodology";
    }
}
