package fr.vigie.app.workspace;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.springframework.stereotype.Component;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;

/**
 * The head of every workspace page ({@code @workspaceTabs} in template {@code workspace/tabs}): the
 * workspace's name, the user's role in it, its tabs with the active one marked, and the read-only
 * note. It is the same for every request with the same {@link Key}, so it is rendered once per key
 * (template {@value #TEMPLATE}, outside the request: addresses are written from the application's
 * root address, which is part of the key) and kept; fourteen links with a message each, rendered at
 * each request, were a fifth of a small workspace page's rendering time. Everything the HTML shows
 * is in the key (a renamed workspace or another role is another entry), so an entry never needs to be
 * invalidated; at most {@value #CACHE_SIZE} are kept, the least used go first.
 */
@Component("workspaceTabs")
public class WorkspaceTabs {

    static final String TEMPLATE = "workspace/tabs-section";
    static final int CACHE_SIZE = 2_048;

    /** The tabs, in the order shown; each is the last segment of its page's address. */
    public static final List<String> TABS = List.of("dashboard", "profile", "ledgers", "declarations", "suppliers",
            "campaigns", "assessments", "regulations", "solutions", "roadmap", "due-diligence", "reports", "grievances",
            "members");

    /**
     * What the head's HTML depends on.
     *
     * @param workspace the workspace's id
     * @param name      its name
     * @param role      the user's role in it
     * @param canEdit   whether the user may change it (no read-only note then)
     * @param demo      whether the user is the demo user (the note then points to its sandbox)
     * @param active    the active tab
     * @param language  the page's language tag
     * @param root      the application's root address ({@code /}, or the context path and {@code /})
     */
    record Key(long workspace, String name, WorkspaceRole role, boolean canEdit, boolean demo, String active,
            String language, String root) {
    }

    private final SpringTemplateEngine templates;
    private final Cache<Key, String> kept = Caffeine.newBuilder().maximumSize(CACHE_SIZE).build();

    WorkspaceTabs(SpringTemplateEngine templates) {
        this.templates = templates;
    }

    /**
     * The head's HTML for the user's grant on the workspace, with {@code active} marked as the current
     * page, in the language; {@code root} is the application's root address ({@code @{/}}).
     */
    public String html(WorkspaceGrant grant, String active, Locale locale, String root) {
        Key key = new Key(grant.id(), grant.workspace().name(), grant.role(), grant.canEdit(),
                Workspaces.DEMO_USER.equals(grant.username()), active, locale.toLanguageTag(), root);
        return kept.get(key, k -> render(k, locale));
    }

    private String render(Key key, Locale locale) {
        Context context = new Context(locale, Map.of("id", key.workspace(), "name", key.name(), "role", key.role(),
                "canEdit", key.canEdit(), "demo", key.demo(), "active", key.active(), "root", key.root(), "tabs", TABS));
        return templates.process(TEMPLATE, Set.of("head"), context).strip();
    }

    /** How many heads are kept (for tests). */
    long kept() {
        kept.cleanUp();
        return kept.estimatedSize();
    }
}
