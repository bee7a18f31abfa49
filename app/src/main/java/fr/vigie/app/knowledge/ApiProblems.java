package fr.vigie.app.knowledge;

import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** The API's answer to an unknown id: 404 with a problem detail naming the id. */
@RestControllerAdvice(annotations = ReferenceApi.class)
class ApiProblems {

    @ExceptionHandler(UnknownReferenceException.class)
    ResponseEntity<ProblemDetail> unknown(UnknownReferenceException e) {
        return ResponseEntity.status(e.getStatusCode())
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(e.getBody());
    }
}
