package fr.vigie.app.workspace;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.util.unit.DataSize;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;

/**
 * Uploads that fail while the server reads them. Found above the multipart limit (sent chunked, so
 * without a length that {@link UploadSizeFilter} could check first): the API answers the
 * application's 413 problem detail, pages go back to their upload section with the size message,
 * instead of the server's bare 413 page. A body that cannot be read as multipart at all (a request
 * declaring both {@code Content-Length} and {@code Transfer-Encoding: chunked} with a body that is not
 * chunked, which the server reads as chunked as RFC 9112 section 6.3 requires): 400, not 500.
 */
@RestControllerAdvice
class UploadLimitAdvice {

    private final long maxRequestBytes;

    UploadLimitAdvice(@Value("${spring.servlet.multipart.max-request-size:20MB}") DataSize maxRequest) {
        this.maxRequestBytes = maxRequest.toBytes();
    }

    @ExceptionHandler(MultipartException.class)
    ResponseEntity<ProblemDetail> unreadable(MultipartException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
                "the request body could not be read as multipart/form-data");
        problem.setTitle("Unreadable upload");
        return ResponseEntity.badRequest().contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    ResponseEntity<?> tooLarge(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (path.startsWith("/api/")) {
            ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONTENT_TOO_LARGE,
                    "the upload is above the " + maxRequestBytes + "-byte limit");
            problem.setTitle("Upload too large");
            problem.setProperty("outcome", "refused");
            problem.setProperty("reason", "size");
            return ResponseEntity.status(HttpStatus.CONTENT_TOO_LARGE).contentType(MediaType.APPLICATION_PROBLEM_JSON)
                    .body(problem);
        }
        String target = path.matches("/workspaces/\\d+/(ledgers|declarations)|/supplier/[A-Za-z0-9_-]{43}")
                ? path + "?" + UploadSizeFilter.REFUSED_PARAMETER + "=size" : "/workspaces";
        return ResponseEntity.status(HttpStatus.SEE_OTHER).header("Location", request.getContextPath() + target)
                .header("Connection", "close").build();
    }
}
