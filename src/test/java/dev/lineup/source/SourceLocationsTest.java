package dev.lineup.source;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** Which addresses a user may give for a source, and the sentence for those that cannot work. */
class SourceLocationsTest {
    @Test
    void ordinaryAddressesPass() {
        for (String ok : new String[] {"http://provider.example/get.php?username=u&password=p%21&type=m3u_plus",
                "https://user:secret@epg.example:8443/guide.xml.gz", "http://[::1]:8080/list.m3u",
                "http://[2001:db8::1]/x.m3u", "http://127.0.0.1:65535/", "/home/me/list.m3u", "file:///tmp/x.m3u"}) {
            assertThatCode(() -> SourceLocations.check(ok)).as(ok).doesNotThrowAnyException();
        }
    }

    @Test
    void brokenAddressesAreNamedWithTheirCredentialsMasked() {
        assertThatThrownBy(() -> SourceLocations.check("http://h:99999/get.php?username=bob&password=hunter2"))
                .isInstanceOf(LocationFormatException.class).hasMessageContaining("port 99999")
                .hasMessageContaining("username=***").hasMessageNotContaining("hunter2");
        assertThatThrownBy(() -> SourceLocations.check("http://h:0/")).hasMessageContaining("port 0");
        assertThatThrownBy(() -> SourceLocations.check("http://[::1/x")).hasMessageContaining("no closing ']'");
        assertThatThrownBy(() -> SourceLocations.check("http:///x.m3u")).hasMessageContaining("names no host");
        assertThatThrownBy(() -> SourceLocations.check("http://h/%zz")).hasMessageContaining("two hex digits");
        assertThatThrownBy(() -> SourceLocations.check("file:%zz")).hasMessageContaining("file:%zz");
    }
}
