package dev.lineup.sync.dropbox;

import dev.lineup.sync.ServerClock;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import okhttp3.HttpUrl;
import org.junit.jupiter.api.Test;

/** Shared links become direct downloads; API hosts are sent to the configured base URL. */
class DropboxLinksTest {

    @Test
    void previewLinkBecomesTheContentHostsLinkKeepingTheRlkey() {
        assertThat(DropboxLinks.directDownload("https://www.dropbox.com/scl/fi/abc123/family.m3u?rlkey=k9&st=x1&dl=0"))
                .isEqualTo("https://dl.dropboxusercontent.com/scl/fi/abc123/family.m3u?rlkey=k9&st=x1");
        assertThat(DropboxLinks.directDownload("https://www.dropbox.com/s/abc123/guide.xml.gz?dl=0"))
                .isEqualTo("https://dl.dropboxusercontent.com/s/abc123/guide.xml.gz");
    }

    @Test
    void aLinkOnAnotherHostAsksForTheRawFile() {
        assertThat(DropboxLinks.directDownload("http://127.0.0.1:8123/scl/fi/a/x.m3u?rlkey=z&dl=0"))
                .isEqualTo("http://127.0.0.1:8123/scl/fi/a/x.m3u?rlkey=z&raw=1");
        assertThat(DropboxLinks.directDownload("http://127.0.0.1:8123/s/abc/x.m3u"))
                .isEqualTo("http://127.0.0.1:8123/s/abc/x.m3u?raw=1");
    }

    @Test
    void bothApiHostsAndTheTokenEndpointMoveToTheBaseUrlKeepingItsPath() {
        BaseUrlInterceptor i = new BaseUrlInterceptor(URI.create("http://127.0.0.1:8123/dropbox/"), new ServerClock());
        assertThat(i.rewrite(HttpUrl.get("https://content.dropboxapi.com/2/files/upload")).toString())
                .isEqualTo("http://127.0.0.1:8123/dropbox/2/files/upload");
        assertThat(i.rewrite(HttpUrl.get("https://api.dropboxapi.com/oauth2/token")).toString())
                .isEqualTo("http://127.0.0.1:8123/dropbox/oauth2/token");
    }
}
