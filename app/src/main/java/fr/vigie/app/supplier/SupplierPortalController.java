package fr.vigie.app.supplier;

import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;

import fr.vigie.app.assessment.SupplierDeclarations.FileOutcome;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;

/**
 * The supplier portal, {@code /supplier/{token}}, open without an account: what is asked and by when,
 * the answers sent so far with their findings, and the upload form (multipart {@code file}, with a
 * CSRF token). A token that is unknown, malformed or expired answers 404 like any other missing page;
 * the token opens this one request and nothing else. The page is in the supplier's language unless
 * {@code ?lang=} asks for another.
 */
@Controller
class SupplierPortalController {

    private final Campaigns campaigns;
    private final LocaleResolver locales;

    SupplierPortalController(Campaigns campaigns, LocaleResolver locales) {
        this.campaigns = campaigns;
        this.locales = locales;
    }

    @GetMapping("/supplier/{token}")
    String page(@PathVariable String token, @RequestParam(required = false) String refused, HttpServletRequest request,
            HttpServletResponse response, Model model) {
        Campaigns.Portal portal = campaigns.portal(token)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        speak(portal, request, response);
        // an upload above the request size limit is sent back here by the upload size filter
        model.addAttribute("refusedSize", "size".equals(refused));
        model.addAttribute("portal", portal);
        model.addAttribute("token", token);
        return "supplier/portal";
    }

    @PostMapping("/supplier/{token}")
    String upload(@PathVariable String token, @RequestParam(name = "file", required = false) MultipartFile file,
            HttpServletRequest request, HttpServletResponse response, Model model) throws IOException {
        Campaigns.Portal before = campaigns.portal(token)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        speak(before, request, response);
        if (file == null || file.isEmpty()) {
            model.addAttribute("missingFile", true);
        } else {
            FileOutcome outcome;
            try (InputStream in = file.getInputStream()) {
                outcome = campaigns.upload(token, file.getOriginalFilename() == null ? "" : file.getOriginalFilename(),
                        file.getSize(), in).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
            }
            model.addAttribute("outcome", outcome);
        }
        model.addAttribute("portal", campaigns.portal(token).orElseThrow());
        model.addAttribute("token", token);
        return "supplier/portal";
    }

    /**
     * The supplier's language, unless the visitor chose one with {@code ?lang=}: for this request only
     * (no language cookie is written, so an analyst who opens a link keeps the language of their pages).
     */
    private void speak(Campaigns.Portal portal, HttpServletRequest request, HttpServletResponse response) {
        if (request.getParameter("lang") == null) {
            Locale locale = portal.language().locale();
            if (locales instanceof CookieLocaleResolver) {
                request.setAttribute(CookieLocaleResolver.LOCALE_REQUEST_ATTRIBUTE_NAME, locale);
            } else {
                locales.setLocale(request, response, locale);
            }
            LocaleContextHolder.setLocale(locale);
        }
    }
}
