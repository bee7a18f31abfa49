package fr.vigie.app.methodology;

import java.net.URI;
import java.security.Principal;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import fr.vigie.app.knowledge.ReferenceApi;
import fr.vigie.app.knowledge.UnknownReferenceException;
import fr.vigie.app.shell.Problems;
import fr.vigie.engine.risk.Methodology;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** {@code /api/methodologies}: stored methodology versions; administrators create new ones. */
@RestController
@ReferenceApi
@RequestMapping(path = "/api/methodologies", produces = "application/json")
@Tag(name = "Methodologies", description = "Risk methodology versions: weights, scales, thresholds, combination")
class MethodologyApi {

    private final Methodologies methodologies;

    MethodologyApi(Methodologies methodologies) {
        this.methodologies = methodologies;
    }

    /** A stored version without its text. */
    record Summary(String id, String version, String description, String createdBy, String createdAt, boolean current) {
    }

    @GetMapping
    @Operation(summary = "Every stored version, newest first; one is current")
    List<Summary> all() {
        return methodologies.versions().stream()
                .map(v -> new Summary(v.id(), v.version(), v.description(), v.createdBy(), v.createdAt().toString(), v.current()))
                .toList();
    }

    @GetMapping("/current")
    @Operation(summary = "The methodology in use")
    Methodology current() {
        return methodologies.current();
    }

    @GetMapping("/{id}/{version}")
    @Operation(summary = "One stored version; 404 problem detail when unknown")
    Methodology one(@PathVariable String id, @PathVariable String version) {
        return methodologies.byId(id, version)
                .orElseThrow(() -> new UnknownReferenceException("methodology version", id + " " + version));
    }

    @PostMapping(consumes = {"application/yaml", "text/yaml", MediaType.TEXT_PLAIN_VALUE, MediaType.APPLICATION_JSON_VALUE})
    @PreAuthorize("hasRole('ADMIN')")
    @Operation(summary = "Store a new version from its YAML or JSON text (ADMIN); 201, or 422 naming the line, or 409")
    ResponseEntity<?> create(@RequestBody String text, @RequestParam(defaultValue = "false") boolean makeCurrent,
            Principal principal, HttpServletRequest http) {
        return switch (methodologies.create(text, principal.getName(), makeCurrent)) {
            case Methodologies.Outcome.Accepted(Methodology m) -> ResponseEntity
                    .created(URI.create(http.getContextPath() + "/api/methodologies/" + m.id() + "/" + m.version())).body(m);
            case Methodologies.Outcome.Invalid invalid -> {
                ProblemDetail p = Problems.detail(HttpStatus.UNPROCESSABLE_CONTENT, invalid.problem());
                yield ResponseEntity.status(HttpStatus.UNPROCESSABLE_CONTENT).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(p);
            }
            case Methodologies.Outcome.Duplicate d -> {
                ProblemDetail p = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT,
                        "methodology " + d.id() + " " + d.version() + " exists already: change its version");
                yield ResponseEntity.status(HttpStatus.CONFLICT).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(p);
            }
        };
    }
}
