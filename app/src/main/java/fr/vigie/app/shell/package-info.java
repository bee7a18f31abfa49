/**
 * Shell: the page layout shared by every screen (header, navigation, user menu, French/English
 * switch remembered in a cookie) and the dashboard shown after login, which later features fill.
 */
@NullMarked
@ApplicationModule(displayName = "Shell")
package fr.vigie.app.shell;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
