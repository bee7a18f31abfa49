package fr.vigie.app.shell;

import fr.vigie.engine.kernel.ProblemException;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * The API's answer to an input the engine refuses and no controller handled itself: 422 with an
 * RFC 9457 problem detail per {@link Problems}, in the request's language.
 */
@RestControllerAdvice(annotations = RestController.class)
class ApiProblemAnswers {

    @ExceptionHandler(ProblemException.class)
    ResponseEntity<ProblemDetail> refused(ProblemException e) {
        return ResponseEntity.status(HttpStatus.UNPROCESSABLE_CONTENT)
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(Problems.detail(HttpStatus.UNPROCESSABLE_CONTENT, e.problems(), LocaleContextHolder.getLocale()));
    }
}
