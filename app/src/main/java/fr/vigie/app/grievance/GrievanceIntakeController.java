package fr.vigie.app.grievance;

import java.io.IOException;
import java.time.Clock;
import java.util.List;
import java.util.Locale;

import fr.vigie.app.workspace.Workspace;
import fr.vigie.app.workspace.Workspaces;
import fr.vigie.engine.kernel.Problem;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.server.ResponseStatusException;

/**
 * The public intake page of a workspace's grievance mechanism, {@code /grievance/{key}}, open without an
 * account ({@code key} is the workspace's random public key; an unknown key is 404). {@code POST} stores a
 * report and answers with its receipt code; {@code /grievance/{key}/follow} opens the case with the receipt code posted in
 * the body (never in the address) to read its status and exchange messages. Every answer carries a strict
 * Content Security Policy (nothing but this server's style sheet), no referrer and no caching; posts are
 * rate limited per client ({@link ClientRateLimit}); a filled honeypot field refuses the post.
 */
@Controller
class GrievanceIntakeController {

    /** The Content Security Policy of the public pages: no script at all, this server's style sheet only. */
    static final String CONTENT_SECURITY_POLICY = "default-src 'none'; style-src 'self'; img-src 'self'; "
            + "form-action 'self'; base-uri 'none'; frame-ancestors 'none'";
    /** The name of the honeypot field: hidden from people, filled by form-filling robots. */
    static final String HONEYPOT = "website";

    private static final Logger LOG = LoggerFactory.getLogger(GrievanceIntakeController.class);

    private final Workspaces workspaces;
    private final Grievances grievances;
    private final GrievanceProperties properties;
    private final MessageSource messages;
    private final ClientRateLimit reportLimit;
    private final ClientRateLimit followLimit;

    GrievanceIntakeController(Workspaces workspaces, Grievances grievances, GrievanceProperties properties,
            MessageSource messages) {
        this.workspaces = workspaces;
        this.grievances = grievances;
        this.properties = properties;
        this.messages = messages;
        this.reportLimit = new ClientRateLimit(properties.reportsPerClient(), properties.reportRefill(), Clock.systemUTC());
        this.followLimit = new ClientRateLimit(properties.followsPerClient(), properties.followRefill(), Clock.systemUTC());
    }

    @GetMapping("/grievance/{key}")
    String page(@PathVariable String key, @RequestParam(required = false) String refused,
            HttpServletResponse response, Model model) {
        Workspace workspace = workspace(key, response);
        intakeModel(model, workspace, key);
        // a post above the request size limit is sent back here by the upload size filter
        if ("size".equals(refused)) {
            model.addAttribute("errors", List.of(text("grievance.refused.size")));
        }
        return "grievance/intake";
    }

    /** The form's fields ({@code attachments} multipart files, optional). */
    @PostMapping("/grievance/{key}")
    String submit(@PathVariable String key, @RequestParam(required = false) String category,
            @RequestParam(required = false) String country, @RequestParam(required = false) String site,
            @RequestParam(required = false) String mineral, @RequestParam(required = false) String supplier,
            @RequestParam(required = false) String occurred, @RequestParam(required = false) String description,
            @RequestParam(defaultValue = "false") boolean anonymous, @RequestParam(required = false) String contact,
            @RequestParam(name = HONEYPOT, required = false) String honeypot,
            @RequestParam(name = "attachments", required = false) List<MultipartFile> attachments,
            HttpServletRequest request, HttpServletResponse response, Model model) throws IOException {
        Workspace workspace = workspace(key, response);
        intakeModel(model, workspace, key);
        GrievanceForm.Fields fields = new GrievanceForm.Fields(category, country, site, mineral, supplier, occurred,
                description, anonymous, contact);
        model.addAttribute("fields", fields);
        Answer answer = receive(workspace, fields, honeypot, attachments, request);
        response.setStatus(answer.status().value());
        if (answer.status() == HttpStatus.TOO_MANY_REQUESTS) {
            response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(reportLimit.secondsPerToken()));
        }
        model.addAttribute("errors", answer.errors());
        model.addAttribute("receipt", answer.receipt());
        return "grievance/intake";
    }

    @GetMapping("/grievance/{key}/follow")
    String followForm(@PathVariable String key, HttpServletResponse response, Model model) {
        Workspace workspace = workspace(key, response);
        intakeModel(model, workspace, key);
        return "grievance/follow";
    }

    /** Opens a case with its receipt code, posted in the body. */
    @PostMapping("/grievance/{key}/follow")
    String follow(@PathVariable String key, @RequestParam(defaultValue = "") String receipt,
            HttpServletRequest request, HttpServletResponse response, Model model) {
        Workspace workspace = workspace(key, response);
        intakeModel(model, workspace, key);
        if (!followLimit.tryAcquire(request.getRemoteAddr())) {
            return tooMany(response, model, followLimit);
        }
        return showCase(workspace, receipt, response, model);
    }

    /** Adds the reporter's message to the case their receipt code opens. */
    @PostMapping("/grievance/{key}/follow/message")
    String message(@PathVariable String key, @RequestParam(defaultValue = "") String receipt,
            @RequestParam(defaultValue = "") String message, HttpServletRequest request, HttpServletResponse response,
            Model model) {
        Workspace workspace = workspace(key, response);
        intakeModel(model, workspace, key);
        if (!followLimit.tryAcquire(request.getRemoteAddr())) {
            return tooMany(response, model, followLimit);
        }
        Problem problem = GrievanceForm.checkMessage(message);
        if (problem != null) {
            model.addAttribute("errors", List.of(render(problem)));
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
        } else if (grievances.reporterMessage(workspace.id(), receipt, GrievanceForm.clean(message))) {
            model.addAttribute("sent", true);
        }
        return showCase(workspace, receipt, response, model);
    }

    private String showCase(Workspace workspace, String receipt, HttpServletResponse response, Model model) {
        var found = grievances.follow(workspace.id(), receipt);
        if (found.isEmpty()) {
            response.setStatus(HttpStatus.NOT_FOUND.value());
            model.addAttribute("unknownReceipt", true);
            return "grievance/follow";
        }
        model.addAttribute("case", found.get());
        model.addAttribute("receipt", receipt);
        return "grievance/follow";
    }

    private String tooMany(HttpServletResponse response, Model model, ClientRateLimit limit) {
        response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
        response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(limit.secondsPerToken()));
        model.addAttribute("errors", List.of(text("grievance.refused.rate")));
        return "grievance/follow";
    }

    private record Answer(HttpStatus status, String receipt, List<String> errors) {
    }

    private Answer receive(Workspace workspace, GrievanceForm.Fields fields, String honeypot,
            List<MultipartFile> attachments, HttpServletRequest request) throws IOException {
        if (!reportLimit.tryAcquire(request.getRemoteAddr())) {
            return new Answer(HttpStatus.TOO_MANY_REQUESTS, null, List.of(text("grievance.refused.rate")));
        }
        if (honeypot != null && !honeypot.isEmpty()) {
            LOG.info("grievance report for workspace {} refused: the hidden field was filled", workspace.id());
            return new Answer(HttpStatus.UNPROCESSABLE_CONTENT, null, List.of(text("grievance.refused.robot")));
        }
        return switch (GrievanceForm.check(fields, attachments, properties.maxAttachmentSize().toBytes(),
                properties.maxAttachments())) {
            case GrievanceForm.Checked.Invalid invalid -> new Answer(HttpStatus.UNPROCESSABLE_CONTENT, null,
                    invalid.problems().stream().map(this::render).toList());
            case GrievanceForm.Checked.Valid valid -> new Answer(HttpStatus.CREATED,
                    grievances.submit(workspace.id(), valid.report(), valid.attachments()), List.of());
        };
    }

    private Workspace workspace(String key, HttpServletResponse response) {
        response.setHeader("Content-Security-Policy", CONTENT_SECURITY_POLICY);
        response.setHeader("Referrer-Policy", "no-referrer");
        response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
        if (key.length() != 32 || !key.chars().allMatch(c -> c >= '0' && c <= '9' || c >= 'a' && c <= 'f')) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        return workspaces.findByGrievanceKey(key).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    private void intakeModel(Model model, Workspace workspace, String key) {
        model.addAttribute("company", workspace.name());
        model.addAttribute("key", key);
        model.addAttribute("categories", GrievanceCategory.values());
        model.addAttribute("maxAttachments", properties.maxAttachments());
        model.addAttribute("maxAttachmentMb", properties.maxAttachmentSize().toMegabytes());
        model.addAttribute("honeypot", HONEYPOT);
        model.addAttribute("lang", LocaleContextHolder.getLocale().getLanguage());
    }

    private String render(Problem problem) {
        return messages.getMessage("problem." + problem.code(), problem.args().toArray(), "problem." + problem.code(),
                LocaleContextHolder.getLocale());
    }

    private String text(String key, Object... args) {
        Locale locale = LocaleContextHolder.getLocale();
        return messages.getMessage(key, args, key, locale);
    }
}
