package fr.vigie.app.grievance;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import fr.vigie.app.shell.Dates;
import fr.vigie.app.workspace.WorkspaceDeleted;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;

/**
 * The rendered parts of the case list ({@code grievance/cases}), kept: the cases table with the
 * statistics, and each line of the audit trail (template {@code grievance/sections}), rendered from
 * their data alone outside any request (no request, no user, no security context; addresses as plain
 * strings). Every formatted date and message with arguments is done once per entry, not at each
 * request (formatting a message takes a lock shared by every request that formats it).
 * <ul>
 *   <li>The cases and statistics are keyed by the data themselves: the workspace, the language, the
 *       cases as read (a new case, a status change or an acknowledgement makes another key) and which of
 *       them are overdue now (the only way the time shows). At most {@value #CASES_SIZE} are kept (the
 *       least used go first); those of a deleted workspace are dropped.</li>
 *   <li>An audit line never changes once written: its HTML is keyed by its id and the language, at most
 *       {@value #AUDIT_SIZE} lines kept (the least used go first; a deleted workspace's lines are never
 *       asked again and leave that way).</li>
 * </ul>
 * The page around them (layout, workspace tabs, the user's name and role, the CSRF token, the intake
 * address) is rendered for each request, as the user who asks.
 */
@Component
class GrievanceViews {

    static final String TEMPLATE = "grievance/sections";
    static final int CASES_SIZE = 256;
    static final int AUDIT_SIZE = 8192;

    /**
     * What the kept cases table and statistics depend on.
     *
     * @param workspaceId the workspace (the cases' addresses)
     * @param language    the language tag of the page
     * @param cases       the cases as read, newest first
     * @param overdue     the ids of those overdue at the time of the request
     */
    record CasesKey(long workspaceId, String language, List<Grievances.Summary> cases, Set<Long> overdue) {
    }

    /**
     * What a kept audit line depends on.
     *
     * @param id       the audit line's id
     * @param language the language tag of the page
     */
    record AuditKey(long id, String language) {
    }

    private final SpringTemplateEngine templates;
    private final Dates dates;
    private final Cache<CasesKey, String> cases = Caffeine.newBuilder().maximumSize(CASES_SIZE).build();
    private final Cache<AuditKey, String> audit = Caffeine.newBuilder().maximumSize(AUDIT_SIZE).build();

    GrievanceViews(SpringTemplateEngine templates, Dates dates) {
        this.templates = templates;
        this.dates = dates;
    }

    /** The HTML of the cases table (or the line saying there is none) and the statistics at {@code now}. */
    String cases(long workspaceId, List<Grievances.Summary> list, Instant now, Locale locale) {
        Set<Long> overdue = list.stream().filter(c -> c.overdue(now)).map(Grievances.Summary::id)
                .collect(Collectors.toUnmodifiableSet());
        return cases.get(new CasesKey(workspaceId, locale.toLanguageTag(), List.copyOf(list), overdue),
                k -> render("cases", locale, Map.of("cases", k.cases(), "stats", GrievanceStatistics.of(k.cases(), now),
                        "now", now, "casesUrl", "/workspaces/" + workspaceId + "/grievances/", "dates", dates)));
    }

    /** The HTML of the audit trail's lines, in their order. */
    String audit(List<Grievances.AuditEntry> lines, Locale locale) {
        String language = locale.toLanguageTag();
        StringBuilder out = new StringBuilder();
        for (Grievances.AuditEntry a : lines) {
            out.append(audit.get(new AuditKey(a.id(), language),
                    k -> render("audit-row", locale, Map.of("a", a, "dates", dates)).strip()));
        }
        return out.toString();
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
