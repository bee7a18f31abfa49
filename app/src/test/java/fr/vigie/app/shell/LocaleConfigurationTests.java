package fr.vigie.app.shell;

import java.util.Locale;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class LocaleConfigurationTests {

    @Test
    void supportedLanguagesAreKeptAndOthersBecomeEnglish() {
        assertThat(LocaleConfiguration.supported(Locale.CANADA_FRENCH)).isEqualTo(Locale.FRENCH);
        assertThat(LocaleConfiguration.supported(Locale.UK)).isEqualTo(Locale.ENGLISH);
        assertThat(LocaleConfiguration.supported(Locale.GERMANY)).isEqualTo(Locale.ENGLISH);
    }
}
