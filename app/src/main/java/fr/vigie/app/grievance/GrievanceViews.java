package fr.vigie.app.grievance;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import fr.vigie.app.knowledge.ReferenceNames;
import fr.vigie.app.shell.Dates;
import fr.vigie.app.workspace.WorkspaceDeleted;
import org.springframework.context.MessageSource;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;

/**
 * The rendered parts of the case list ({@code grievance/cases}) and of the audit trail's pages
 * ({@code grievance/audit}), done outside any request (no request, no user, no security context;
 * addresses as plain strings):
 * <ul>
 *   <li>The cases table with the statistics (template {@code grievance/sections}) is kept, keyed by the
 *       data themselves: the workspace, the language, the cases as read (a new case, a status change or
 *       an acknowledgement makes another key), which of them are overdue now (the only way the time
 *       shows) and the application's root address. Every formatted date and message with arguments is
 *       done once per entry, not at each request (formatting a message takes a lock shared by every
 *       request that formats it). At most {@value #CASES_SIZE} are kept (the least used go first);
 *       those of a deleted workspace are dropped.</li>
 *   <li>The audit lines are written directly, a few string appends each: every view adds a line, so a
 *       kept copy of each line would mostly be written once and read a few times.</li>
 * </ul>
 * The page around them (layout, workspace tabs, the user's name and role, the CSRF token, the intake
 * address) is rendered for each request, as the user who asks.
 */
@Component
class GrievanceViews {

    static final String TEMPLATE = "grievance/sections";
    static final int CASES_SIZE = 256;

    /**
     * What the kept cases table and statistics depend on.
     *
     * @param workspaceId the workspace (the cases' addresses)
     * @param language    the language tag of the page
     * @param cases       the cases as read, newest first
     * @param overdue     the ids of those overdue at the time of the request
     * @param root        the application's root address (the cases' links start with it)
     */
    record CasesKey(long workspaceId, String language, List<Grievances.Summary> cases, Set<Long> overdue, String root) {
    }

    /** An audit action's name in a language. */
    private record AuditAction(String action, String language) {
    }

    private final SpringTemplateEngine templates;
    private final Dates dates;
    private final ReferenceNames names;
    private final MessageSource messages;
    private final Map<String, String> newest = new ConcurrentHashMap<>();
    private final Cache<CasesKey, String> cases = Caffeine.newBuilder().maximumSize(CASES_SIZE).build();
    private final Map<AuditAction, String> actions = new ConcurrentHashMap<>();

    GrievanceViews(SpringTemplateEngine templates, Dates dates, ReferenceNames names, MessageSource messages) {
        this.templates = templates;
        this.dates = dates;
        this.names = names;
        this.messages = messages;
    }

    /**
     * The HTML of the cases table (or the line saying there is none) and the statistics at {@code now};
     * {@code root} is the application's root address ({@code /}, or the context path and {@code /}).
     */
    String cases(long workspaceId, List<Grievances.Summary> list, Instant now, Locale locale, String root) {
        Set<Long> overdue = list.stream().filter(c -> c.overdue(now)).map(Grievances.Summary::id)
                .collect(Collectors.toUnmodifiableSet());
        return cases.get(new CasesKey(workspaceId, locale.toLanguageTag(), List.copyOf(list), overdue, root),
                k -> render("cases", locale, Map.of("cases", k.cases(), "stats", GrievanceStatistics.of(k.cases(), now),
                        "now", now, "casesUrl", root + "workspaces/" + workspaceId + "/grievances/", "dates", dates,
                        "names", names)));
    }

    /** The line above the case list's audit lines ("The 20 newest lines."), formatted once per language. */
    String newestLines(Locale locale) {
        return newest.computeIfAbsent(locale.toLanguageTag(), language -> messages.getMessage("grievance.audit.newest",
                new Object[] {Grievances.AUDIT_LINES}, locale));
    }

    /**
     * The HTML of the audit trail's lines, in their order: a table row each (when, who, what), written
     * directly with every text escaped; the action's name comes from the bundle, once per language.
     */
    String audit(List<Grievances.AuditEntry> lines, Locale locale) {
        String language = locale.toLanguageTag();
        StringBuilder out = new StringBuilder(lines.size() * 160);
        for (Grievances.AuditEntry a : lines) {
            String what = actions.computeIfAbsent(new AuditAction(a.action(), language), k -> messages.getMessage(
                    "grievance.audit.action." + k.action(), null, k.action(), locale));
            out.append("<tr><td>").append(escape(dates.exact(a.at(), locale))).append("</td><td>")
                    .append(escape(a.username())).append("</td><td>")
                    .append(escape(a.detail() == null || a.detail().isEmpty() ? what : what + " " + a.detail()))
                    .append("</td></tr>");
        }
        return out.toString();
    }

    /** A text as HTML: only {@code < > & " '} escaped, as Thymeleaf does (the page is UTF-8). */
    private static String escape(String text) {
        return HtmlUtils.htmlEscape(text, "UTF-8");
    }

    private String render(String fragment, Locale locale, Map<String, Object> variables) {
        return templates.process(TEMPLATE, Set.of(fragment), new Context(locale, variables));
    }

    /** How many cases tables are kept for a workspace. */
    long kept(long workspaceId) {
        return cases.asMap().keySet().stream().filter(k -> k.workspaceId() == workspaceId).count();
    }

    /** Drops the cases tables of a deleted workspace. */
    @EventListener
    void workspaceDeleted(WorkspaceDeleted event) {
        cases.asMap().keySet().removeIf(k -> k.workspaceId() == event.workspaceId());
    }
}
