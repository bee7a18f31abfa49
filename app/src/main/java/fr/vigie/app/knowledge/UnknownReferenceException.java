package fr.vigie.app.knowledge;

import java.net.URI;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/**
 * An id that names nothing (a mineral, country, regulation or methodology version). Pages answer
 * with the 404 page; the API with a problem detail ({@code application/problem+json}) whose
 * {@code detail} names the kind and the id, and whose {@code id} and {@code kind} properties carry
 * them.
 */
public class UnknownReferenceException extends ErrorResponseException {

    /**
     * @param kind what was looked for, e.g. {@code mineral}
     * @param id   the id as given
     */
    public UnknownReferenceException(String kind, String id) {
        super(HttpStatus.NOT_FOUND, problem(kind, id), null);
    }

    private static ProblemDetail problem(String kind, String id) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, "No " + kind + " with id '" + id + "'");
        problem.setTitle("Not found");
        problem.setType(URI.create("about:blank"));
        problem.setProperty("kind", kind);
        problem.setProperty("id", id);
        return problem;
    }
}
