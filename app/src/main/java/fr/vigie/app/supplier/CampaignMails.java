package fr.vigie.app.supplier;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import fr.vigie.app.shell.Dates;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The texts of the campaign e-mails, from the {@code i18n/supplier} bundles in the supplier's
 * language: the request, the reminder before the due date, the overdue reminder and the analyst's
 * decision. Each carries the supplier's personal link where it asks for a file.
 */
@Component
class CampaignMails {

    /** A subject and a plain-text body. */
    record Mail(String subject, String body) {
    }

    /** What every campaign e-mail names. */
    record Context(String company, String supplier, DeclarationTemplate template, LocalDate due, String message,
            SupplierLanguage language) {
    }

    private final MessageSource messages;

    CampaignMails(MessageSource messages) {
        this.messages = messages;
    }

    Mail request(Context c, String link, LocalDate expires) {
        return mail("request", c, link, expires, "");
    }

    Mail reminder(Context c, String link, LocalDate expires) {
        return mail("reminder", c, link, expires, "");
    }

    Mail overdue(Context c, String link, LocalDate expires) {
        return mail("overdue", c, link, expires, "");
    }

    Mail accepted(Context c, String comment) {
        return mail("accepted", c, "", c.due(), comment);
    }

    Mail rejected(Context c, String link, LocalDate expires, String comment) {
        return mail("rejected", c, link, expires, comment);
    }

    private Mail mail(String kind, Context c, String link, LocalDate expires, String comment) {
        Locale locale = c.language().locale();
        DateTimeFormatter dates = DateTimeFormatter.ofPattern(Dates.DAY, locale);
        Object[] args = {c.company(), c.supplier(), c.template().name(), dates.format(c.due()), link,
                dates.format(expires), comment.isBlank() ? "-" : comment};
        StringBuilder body = new StringBuilder(messages.getMessage("supplier.mail." + kind + ".body", args, locale));
        if (!c.message().isBlank() && !kind.equals("accepted")) {
            body.append("\n\n").append(messages.getMessage("supplier.mail.message", new Object[] {c.company()}, locale))
                    .append("\n").append(c.message());
        }
        body.append("\n\n").append(messages.getMessage("supplier.mail.signature", new Object[] {c.company()}, locale));
        return new Mail(messages.getMessage("supplier.mail." + kind + ".subject", args, locale), body.toString());
    }
}
