package dev.lineup.m3u;

import static dev.lineup.m3u.Playlists.a;
import static org.assertj.core.api.Assertions.assertThat;

import dev.lineup.testing.Corpus;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Every file of the shared real-world corpus, with what a user would see from each. */
class M3uCorpusTest {

    private static Playlists read(String name) throws IOException {
        return Playlists.read(Corpus.path("m3u/" + name));
    }

    @Test
    void baseKeepsNamesWithCommasQuotedCommasGroupsVlcOptionsAndSkipsTheSeparatorLine() throws IOException {
        Playlists p = read("base.m3u");
        assertThat(p.header().guideUrls()).containsExactly("http://195.154.221.171/epg/guidealbania.xml.gz");
        assertThat(p.entries()).hasSize(6);

        M3uEntry ch1 = p.entry(0);
        assertThat(ch1.line()).isEqualTo(2);
        assertThat(ch1.duration()).isEqualTo("-1");
        assertThat(ch1.tvgId()).isEqualTo("CH1"); // written tvg-ID
        assertThat(ch1.attributes()).extracting(M3uAttribute::key)
                .containsExactly("tvg-ID", "tvg-name", "tvg-logo", "tvg-url", "tvg-rec", "group-title");
        assertThat(ch1.tvgLogo()).isEqualTo("http://www.rtvchannel.com.au/wp-content/uploads/2017/04/xshow_08.png,"
                + "Mic_.2KNN9OHw1p.png.pagespeed.ce.2KNN9OHw1p.png");
        assertThat(ch1.attr("tvg-rec")).isEqualTo("3");
        assertThat(ch1.groupTitle()).isEqualTo("Music");
        assertThat(ch1.name()).isEqualTo("Channel 1 (Tested)");
        assertThat(ch1.group()).isEqualTo("Только Android");
        assertThat(ch1.extraLines()).containsExactly("#EXTVLCOPT:http-referrer=http://player.livesports.pw/la2/",
                "#EXTVLCOPT:http-user-agent=Mozilla/5.0 (Macintosh; Intel Mac OS X 10_14_5) AppleWebKit/537.36"
                        + " (KHTML, like Gecko) Chrome/76.0.3809.25 Safari/537.36");
        assertThat(ch1.url()).isEqualTo("http://livestream.htp.tv/hls-live/livepkgr/_definst_/H1/H1_HQ.m3u8");

        M3uEntry ch2 = p.entry(1);
        assertThat(ch2.duration()).isEqualTo("16");
        assertThat(ch2.url()).isEqualTo("stream/chunklist.m3u8");
        assertThat(ch2.group()).isNull();

        M3uEntry turkey = p.entry(2);
        assertThat(turkey.line()).isEqualTo(12);
        assertThat(turkey.name()).isEqualTo("=>(★ TURKİYE ★)<=");
        assertThat(turkey.url()).isEqualTo("http://wodpro24.tr4545.in:8080/expred/peru8k.mp4");

        M3uEntry trt = p.entry(3);
        assertThat(trt.attributes()).containsExactly(a("tvg-shift", "-4.5"), a("timeshift", "3"),
                a("catchup", "shift"), a("catchup-days", "3"),
                a("catchup-source", "https://m3u-server/hls-apple-s4-c494-abcdef.m3u8?utc=325234234&lutc=3123125324"),
                a("lang", "tur"));
        assertThat(trt.name()).isEqualTo("TRT 1 HD");
        assertThat(trt.url()).startsWith("https://video-rvd-lmg.rnp.br/live/ocp(").endsWith("m(0))/index.m3u8");

        assertThat(p.entry(4).duration()).isEqualTo("-1");
        assertThat(p.entry(4).name()).isEqualTo("name,with comma");
        assertThat(p.entry(4).url()).endsWith("CongresodelaRepúblicadelPerúTVenvivo/live");
        assertThat(p.entry(5).tvgName()).isEqualTo("The Good, the Bad and the Ugly");
        assertThat(p.entry(5).name()).isEqualTo("The Good, the Bad and the Ugly");
        assertThat(p.entry(5).url()).isEqualTo("movie.m3u8");

        assertThat(p.issues()).singleElement().satisfies(i -> {
            assertThat(i.line()).isEqualTo(10);
            assertThat(i.message()).contains("neither a tag nor a URL");
        });
    }

    @Test
    void commentSeparatorBeforeTheFirstEntryIsReportedAndTheEntryKept() throws IOException {
        Playlists p = read("comment.m3u");
        assertThat(p.entries()).singleElement().satisfies(e -> {
            assertThat(e.name()).isEqualTo("tamazight tv8");
            assertThat(e.line()).isEqualTo(3);
            assertThat(e.url()).endsWith("/hls_snrt/index.m3u8");
        });
        assertThat(p.issues()).extracting(M3uIssue::line).containsExactly(2);
    }

    @Test
    void duplicateEntriesAreBothKeptWithTheirOwnLines() throws IOException {
        Playlists p = read("duplicate.m3u");
        assertThat(p.header().attr("url-tvg")).isEqualTo("http://195.154.221.171/epg/guidealbania.xml.gz");
        assertThat(p.entries()).extracting(M3uEntry::line).containsExactly(2, 4);
        assertThat(Playlists.withoutLines(p.entries()).get(0)).isEqualTo(Playlists.withoutLines(p.entries()).get(1));
        assertThat(p.entry(0).attr("user-agent")).startsWith("Mozilla/5.0 (iPhone; CPU iPhone OS 12_2");
        assertThat(p.issues()).isEmpty();
    }

    @Test
    void ektotvCommentsAreIgnoredAndQuotedCommaListsStayOneValue() throws IOException {
        Playlists p = read("ektotv-comments.m3u8");
        assertThat(p.header().guideUrls()).containsExactly("https://i.mjh.nz/Plex/all.xml.gz");
        assertThat(p.entries()).extracting(M3uEntry::name).containsExactly("Channel 1", "Channel 2", "Channel 3");
        assertThat(p.entry(2).attr("tvg-language")).isEqualTo("English,French");
        assertThat(p.entry(2).groupTitle()).isEqualTo("Movies");
        assertThat(p.entries()).allSatisfy(e -> assertThat(e.extraLines()).isEmpty());
        assertThat(p.issues()).isEmpty();
    }

    @Test
    void ektotvExampleReadsAllFiftyChannelsDespiteLeadingSpacesAndBlankLines() throws IOException {
        Playlists p = read("ektotv-example.m3u8");
        assertThat(p.entries()).hasSize(50);
        M3uEntry ch2 = p.entry(1);
        assertThat(ch2.line()).isEqualTo(4);
        assertThat(ch2.duration()).isEqualTo("-1");
        assertThat(ch2.attributes()).containsExactly(a("tvg-id", "Channel2"), a("tvg-name", "Channel 2"),
                a("tvg-language", "English"), a("tvg-logo", "http://website.com/channel2logo.png"));
        assertThat(ch2.name()).isEqualTo("Channel 2");
        assertThat(ch2.url()).isEqualTo("http://server:port/channel2");
        assertThat(p.entry(4).duration()).isEqualTo("300");
        assertThat(p.entry(49).tvgId()).isEqualTo("Channel50");
        assertThat(p.issues()).isEmpty();
    }

    @Test
    void kodiPropertiesAndPipeHeadersAreKept() throws IOException {
        Playlists p = read("kodi.m3u");
        assertThat(p.header().guideUrls())
                .containsExactly("https://github.com/LITUATUI/M3UPT/raw/main/epg/epg-vodafone.xml.gz");
        assertThat(p.entries()).singleElement().satisfies(e -> {
            assertThat(e.name()).isEqualTo("RTP 1");
            assertThat(e.attributes()).extracting(M3uAttribute::key)
                    .containsExactly("group-title", "tvg-id", "tvg-logo");
            assertThat(e.extraLines()).containsExactly("#KODIPROP:inputstream=inputstream.adaptive",
                    "#KODIPROP:inputstream.adaptive.manifest_type=hls");
            assertThat(e.url()).isEqualTo("https://streaming-live.rtp.pt/liverepeater/rtpClean1HD.smil/playlist.m3u8");
            assertThat(e.urlSuffix()).isEqualTo("user-agent=RTP Play/2.0.26 (Linux;Android 11) ExoPlayerLib/2.11.8");
        });
        assertThat(p.issues()).isEmpty();
    }

    @Test
    void pipeSuffixesAreSplitFromTheUrl() throws IOException {
        Playlists p = read("pipe.m3u");
        assertThat(p.entries()).hasSize(2);
        assertThat(p.entry(0).url()).isEqualTo("http://192.54.104.122:8080/d/abcdef/video.mp4");
        assertThat(p.entry(0).urlSuffix()).isEqualTo("User-Agent=Mozilla/5.0 (Windows NT 6.1; WOW64; Trident/7.0;"
                + " AS; rv:11.0) like Gecko&Referer=http://180upload.abc/embed-uaqmgcckhpcl.html");
        assertThat(p.entry(0).fullUrl()).endsWith("|User-Agent=Mozilla/5.0 (Windows NT 6.1; WOW64; Trident/7.0;"
                + " AS; rv:11.0) like Gecko&Referer=http://180upload.abc/embed-uaqmgcckhpcl.html");
        assertThat(p.entry(1).duration()).isEqualTo("555");
        assertThat(p.entry(1).extraLines()).singleElement().asString().startsWith("#EXTVLCOPT:http-user-agent=");
        assertThat(p.entry(1).urlSuffix()).isEqualTo("Referer=http://test.abc/blank.html");
    }

    @Test
    void urlTvgHeaderIsAGuideUrl() throws IOException {
        Playlists p = read("url_tvg.m3u");
        assertThat(p.header().attributes())
                .containsExactly(a("url-tvg", "http://195.154.221.171/epg/guidealbania.xml.gz"));
        assertThat(p.header().guideUrls()).containsExactly("http://195.154.221.171/epg/guidealbania.xml.gz");
        assertThat(p.entries()).singleElement().extracting(M3uEntry::tvgId).isEqualTo("Agromais.br");
    }

    @Test
    void userAgentAttributeWithSpacesAndParenthesesIsOneValue() throws IOException {
        Playlists p = read("user_agent.m3u");
        assertThat(p.header().attributes()).isEmpty();
        assertThat(p.entries()).singleElement().satisfies(e -> {
            assertThat(e.attr("user-agent")).isEqualTo("Mozilla/5.0 (iPhone; CPU iPhone OS 12_2 like Mac OS X)"
                    + " AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148");
            assertThat(e.groupTitle()).isEqualTo("Entertainment");
            assertThat(e.name()).isEqualTo("Agromais");
        });
    }

    @Test
    void vlcOptionWithQuotesAndExtgrpAreKept() throws IOException {
        Playlists p = read("vlcopt.m3u");
        assertThat(p.entries()).singleElement().satisfies(e -> {
            assertThat(e.duration()).isEqualTo("0");
            assertThat(e.group()).isEqualTo("News");
            assertThat(e.groupTitle()).isEqualTo("Entertainment");
            assertThat(e.extraLines())
                    .containsExactly("#EXTVLCOPT:http-user-agent=\"Dalvik/2.1.0 (Linux; U; Android 6.0.1;)\"");
            assertThat(e.url()).isEqualTo("http://test.channel.com/iptv/secret/1/index.m3u8");
        });
    }

    @Test
    void everyCorpusFileIsReadWithEntriesAndNoSkippedEntry() throws IOException {
        List<Path> files = Corpus.all("m3u");
        assertThat(files).hasSize(10);
        for (Path f : files) {
            Playlists p = Playlists.read(f);
            assertThat(p.entries()).as(f.toString()).isNotEmpty();
            // the only issues in the corpus are separator lines, never a lost #EXTINF
            assertThat(p.issues()).as(f.toString()).allSatisfy(i -> assertThat(i.message()).doesNotContain("skipped"));
        }
    }
}
