package dev.lineup.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RedactorTest {
    @Test
    void credentialsInQueryUserInfoAndXtreamPathsAreMasked() {
        assertThat(Redactor.url("http://h:8080/get.php?username=bob&password=pw&type=m3u_plus&output=ts"))
                .isEqualTo("http://h:8080/get.php?username=***&password=***&type=m3u_plus&output=ts");
        assertThat(Redactor.url("https://bob:pw@h/list.m3u")).isEqualTo("https://***@h/list.m3u");
        assertThat(Redactor.url("http://h:80/live/bob/pw/1234.ts")).isEqualTo("http://h:80/live/***/***/1234.ts");
        assertThat(Redactor.url("http://h/movie/bob/pw/77.mkv|User-Agent=x")).isEqualTo("http://h/movie/***/***/77.mkv|User-Agent=x");
        assertThat(Redactor.url("http://h/bob/pw/1234")).isEqualTo("http://h/***/***/1234");
        assertThat(Redactor.url("http://h/hls/55/index.m3u8?token=abc#t")).isEqualTo("http://h/hls/55/index.m3u8?token=***#t");
        assertThat(Redactor.url("/home/me/list.m3u")).isEqualTo("/home/me/list.m3u");
        assertThat(Redactor.url("http://h/epg/guide.xml.gz")).isEqualTo("http://h/epg/guide.xml.gz");
    }

    @Test
    void urlsInsideMessagesAreMaskedAndTheSentenceKept() {
        assertThat(Redactor.text("cannot reach http://h/player_api.php?username=bob&password=pw: refused, try https://u:p@x/y."))
                .isEqualTo("cannot reach http://h/player_api.php?username=***&password=***: refused, try https://***@x/y.");
        assertThat(Redactor.text(null)).isNull();
    }
}
