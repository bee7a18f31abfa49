package fr.vigie.app.shell;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;

/**
 * The main navigation of the layout ({@code @layoutNav} in template {@code shell/layout}) for a
 * signed-in user: the same for every request with the same {@link Key}, so it is rendered once per
 * key (template {@value #TEMPLATE}, outside the request: addresses are written from the
 * application's root address, part of the key) and kept. The key holds all the navigation depends
 * on (language, administrator or not, the current entry), never the user's name, which the layout
 * writes itself at each request; there are at most a few dozen keys.
 */
@Component("layoutNav")
public class LayoutNav {

    static final String TEMPLATE = "shell/nav";
    static final int CACHE_SIZE = 256;

    /**
     * An entry of the navigation.
     *
     * @param path      its address from the application's root
     * @param label     the message key of its label
     * @param id        its element id, if it has one (for tests and links in the help)
     * @param adminOnly whether only administrators see it
     */
    public record Entry(String path, String label, @Nullable String id, boolean adminOnly) {

        /** Whether a page at this path is this entry's (the home page only for itself). */
        boolean covers(String currentPath) {
            return path.equals("/") ? currentPath.equals("/") : currentPath.startsWith(path);
        }
    }

    /** The entries, in the order shown. */
    static final List<Entry> ENTRIES = List.of(
            new Entry("/", "nav.dashboard", null, false),
            new Entry("/workspaces", "nav.workspaces", "nav-workspaces", false),
            new Entry("/minerals", "nav.minerals", null, false),
            new Entry("/countries", "nav.countries", null, false),
            new Entry("/regulations", "nav.regulations", null, false),
            new Entry("/methodology", "nav.methodology", null, false),
            new Entry("/admin/users", "nav.users", null, true),
            new Entry("/admin/first-run", "firstrun.nav", "nav-first-run", true));

    /**
     * What the navigation's HTML depends on.
     *
     * @param language the page's language tag
     * @param admin    whether the user is an administrator (two more entries)
     * @param current  the index in {@link #ENTRIES} of the current page's entry, -1 for none
     * @param root     the application's root address ({@code /}, or the context path and {@code /})
     */
    record Key(String language, boolean admin, int current, String root) {
    }

    private final SpringTemplateEngine templates;
    private final Cache<Key, String> kept = Caffeine.newBuilder().maximumSize(CACHE_SIZE).build();

    LayoutNav(SpringTemplateEngine templates) {
        this.templates = templates;
    }

    /**
     * The navigation's HTML for a user who is an administrator or not, on the page at {@code
     * currentPath} (without the context path), in the language; {@code root} is {@code @{/}}.
     */
    public String html(boolean admin, @Nullable String currentPath, Locale locale, String root) {
        String path = currentPath == null ? "" : currentPath;
        List<Entry> shown = entries(admin);
        int current = -1;
        for (int i = 0; i < shown.size() && current < 0; i++) {
            if (shown.get(i).covers(path)) {
                current = ENTRIES.indexOf(shown.get(i));
            }
        }
        return kept.get(new Key(locale.toLanguageTag(), admin, current, root), k -> render(k, locale));
    }

    /** The entries everyone sees (administrators see {@link #ENTRIES}). */
    private static final List<Entry> EVERYONE = ENTRIES.stream().filter(e -> !e.adminOnly()).toList();

    private static List<Entry> entries(boolean admin) {
        return admin ? ENTRIES : EVERYONE;
    }

    private String render(Key key, Locale locale) {
        Optional<Entry> current = key.current() < 0 ? Optional.empty() : Optional.of(ENTRIES.get(key.current()));
        Context context = new Context(locale, Map.of("entries", entries(key.admin()), "root", key.root(),
                "current", current.map(Object.class::cast).orElse("")));
        return templates.process(TEMPLATE, Set.of("nav"), context).strip();
    }
}
