package fr.vigie.app.supplier;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import fr.vigie.engine.country.Countries;
import fr.vigie.engine.refdata.ReferenceData;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The rules of the supplier module without a database: tokens, statuses on a day, the supplier check. */
class CampaignRulesTests {

    private static final Countries COUNTRIES = ReferenceData.loadDefault().countries();

    @Test
    void aTokenIs256RandomBitsInBase64UrlAndOnlyItsSha256IsKept() {
        String a = PortalTokens.generate();
        String b = PortalTokens.generate();
        // 32 bytes = 256 bits; unpadded base64 writes 6 bits a character: ceil(256 / 6) = 43 characters
        assertThat(a).hasSize(43).isNotEqualTo(b);
        assertThat(PortalTokens.wellFormed(a)).isTrue();
        assertThat(PortalTokens.wellFormed(a.substring(1))).isFalse();
        assertThat(PortalTokens.wellFormed("+".repeat(43))).isFalse();
        // the SHA-256 of "abc" (FIPS 180-2, appendix B.1)
        assertThat(PortalTokens.hash("abc")).isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    }

    @Test
    void aRequestStillWaitingAfterItsDueDateIsOverdueAndAnAnsweredOneKeepsItsStatus() {
        LocalDate due = LocalDate.of(2027, 3, 31);
        // on the due date itself the supplier is not late yet; the next day it is
        assertThat(RequestStatus.REQUESTED.on(due, due)).isEqualTo(RequestStatus.REQUESTED);
        assertThat(RequestStatus.REQUESTED.on(due.plusDays(1), due)).isEqualTo(RequestStatus.OVERDUE);
        assertThat(RequestStatus.REMINDED.on(due.plusDays(1), due)).isEqualTo(RequestStatus.OVERDUE);
        assertThat(RequestStatus.RECEIVED.on(due.plusDays(10), due)).isEqualTo(RequestStatus.RECEIVED);
        assertThat(RequestStatus.REJECTED.on(due.plusDays(10), due)).isEqualTo(RequestStatus.REJECTED);
        assertThat(RequestStatus.of("accepted")).isEqualTo(RequestStatus.ACCEPTED);
        assertThat(RequestStatus.OVERDUE.id()).isEqualTo("overdue");
    }

    @Test
    void aSupplierNamesItsCountryByCodeOrByItsEnglishOrFrenchName() {
        assertThat(country("Allemagne")).isEqualTo("DE");
        assertThat(country("Germany")).isEqualTo("DE");
        assertThat(country("fra")).isEqualTo("FR");
        assertThat(country("BE")).isEqualTo("BE");
    }

    @Test
    void aSupplierIsRefusedFieldByField() {
        SupplierInput.Checked checked = new SupplierInput(" ", "Atlantis", "a@b", "de", List.of("CMRT", "XYZ"))
                .check(COUNTRIES);
        assertThat(checked).isInstanceOfSatisfying(SupplierInput.Refused.class, r -> assertThat(r.errors())
                .extracting(SupplierInput.Invalid::field).containsExactly("name", "country", "email", "language", "templates"));
        SupplierInput.Checked ok = new SupplierInput("  Fonderie\u202E Dupont ", "France", " achats@dupont.example ", "FR",
                List.of("cmrt", "crt", "CMRT")).check(COUNTRIES);
        assertThat(ok).isInstanceOfSatisfying(SupplierInput.Accepted.class, a -> {
            assertThat(a.supplier().name()).isEqualTo("Fonderie Dupont");
            assertThat(a.supplier().email()).isEqualTo("achats@dupont.example");
            assertThat(a.supplier().language()).isEqualTo(SupplierLanguage.FR);
            assertThat(a.supplier().templates()).isEqualTo(Set.of(DeclarationTemplate.CMRT, DeclarationTemplate.CRT));
        });
    }

    private static String country(String given) {
        SupplierInput.Checked checked = new SupplierInput("S", given, "s@example.org", "en", List.of()).check(COUNTRIES);
        assertThat(checked).isInstanceOf(SupplierInput.Accepted.class);
        return ((SupplierInput.Accepted) checked).supplier().country();
    }
}
