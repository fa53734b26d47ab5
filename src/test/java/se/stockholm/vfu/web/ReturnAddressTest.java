package se.stockholm.vfu.web;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/** Where a post that found its session gone sends the browser: the same page of the portal, never another site. */
class ReturnAddressTest {

    private static final String HOST = "vfu.stockholm.se";
    private static final String SITE = "https://" + HOST;

    @Test
    void aPageKeepsTheIdAndTermOfItsAddressButNothingElse() {
        assertThat(ReturnAddress.of("", HOST, "/university/request.xhtml",
                SITE + "/university/request.xhtml?id=123&term=VT2027&name=Anna+Svensson&upload=tooLarge"))
                .contains("/university/request.xhtml?id=123&term=VT2027");
    }

    @Test
    void aPageWithoutAQueryOrRefererIsItsPath() {
        assertThat(ReturnAddress.of("", HOST, "/district/places.xhtml", null)).contains("/district/places.xhtml");
        assertThat(ReturnAddress.of("", HOST, "/district/places.xhtml", SITE + "/district/places.xhtml"))
                .contains("/district/places.xhtml");
        assertThat(ReturnAddress.of("/vfu", HOST, "/vfu/index.xhtml", null)).contains("/vfu/index.xhtml");
    }

    @Test
    void theQueryOfAnotherPageOrSiteIsNotTaken() {
        assertThat(ReturnAddress.of("", HOST, "/university/request.xhtml", SITE + "/central/request.xhtml?id=9"))
                .contains("/university/request.xhtml");
        assertThat(ReturnAddress.of("", HOST, "/university/request.xhtml", "not an address ?id=9"))
                .contains("/university/request.xhtml");
        assertThat(ReturnAddress.of("", HOST, "/university/request.xhtml", "https://evil.example/university/request.xhtml?id=9"))
                .contains("/university/request.xhtml");
    }

    @Test
    void aValueThatIsNotAPlainCodeIsLeftOut() {
        assertThat(ReturnAddress.of("", HOST, "/support.xhtml", SITE + "/support.xhtml?placement=12%0D%0ALocation:x"))
                .contains("/support.xhtml");
        assertThat(ReturnAddress.of("", HOST, "/support.xhtml", SITE + "/support.xhtml?placement=19900101-1234"))
                .contains("/support.xhtml");
        assertThat(ReturnAddress.of("", HOST, "/support.xhtml", SITE + "/support.xhtml?placement=123456789012345678901"))
                .contains("/support.xhtml");
    }

    @ParameterizedTest
    @ValueSource(strings = {"//evil.example/x.xhtml", "/\\evil.example/x.xhtml", "/a/../b.xhtml", "/%2F%2Fevil.xhtml",
        "/api/terms", "/university/upload", "https://evil.example/x.xhtml", "/x.xhtml;jsessionid=1", "", "/"})
    void anythingButAPlainPageOfThePortalGoesNowhere(String posted) {
        assertThat(ReturnAddress.of("", HOST, posted, null)).isEmpty();
    }

    @Test
    void aPathOutsideTheApplicationGoesNowhere() {
        assertThat(ReturnAddress.of("/vfu", HOST, "/other/x.xhtml", null)).isEmpty();
        assertThat(ReturnAddress.of("/vfu", HOST, "/vfu.xhtml", null)).isEmpty();
    }
}
