package dev.lineup.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ChannelKeyTest {

    @Test
    void keysComeStrongestFirst() {
        assertThat(ChannelKey.keys("42", "BBCOne.uk", "UK", "BBC One", "http://h/live/u/p/42.ts"))
                .containsExactly("xtream:42", "tvg:bbcone.uk@uk", "name:bbc one@uk", "url:h/live/42");
    }

    @Test
    void rotatedXtreamCredentialsKeepTheUrlKey() {
        assertThat(ChannelKey.normalizeUrl("http://prov.tv:8080/live/alice/s3cret/1234.m3u8"))
                .isEqualTo(ChannelKey.normalizeUrl("http://prov.tv:8080/live/alice/n3wpass/1234.m3u8"))
                .doesNotContain("s3cret");
    }

    @Test
    void rotatedQueryTokenKeepsTheUrlKey() {
        assertThat(ChannelKey.normalizeUrl("https://cdn.example/ch/5/index.m3u8?token=abc&exp=1"))
                .isEqualTo(ChannelKey.normalizeUrl("https://cdn.example/ch/5/index.m3u8?token=zzz&exp=2"))
                .isEqualTo("cdn.example/ch/5/index.m3u8");
    }

    @Test
    void userInfoAndHeaderSuffixAreDropped() {
        assertThat(ChannelKey.normalizeUrl("http://bob:pw@Host.example/a.ts|User-Agent=VLC"))
                .isEqualTo("host.example/a.ts");
    }

    @Test
    void namesIgnoreCaseAccentsAndPunctuation() {
        assertThat(ChannelKey.normalizeName("  Télé-Québec HD ")).isEqualTo("tele quebec hd");
        assertThat(ChannelKey.normalizeName("Canal+ Sport")).isEqualTo("canal sport");
    }

    @Test
    void blankFieldsGiveNoKey() {
        assertThat(ChannelKey.keys(null, " ", null, "", null)).isEmpty();
    }
}
