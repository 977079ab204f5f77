package dev.lineup.output;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The manifest's JSON stays the text scripts and older versions read, and reads back what other writers add. */
class ManifestJsonTest {
    private static final Manifest MANIFEST = new Manifest(1, "Family \"Ünïcode\"", 7, "2026-12-06T17:00:00Z",
            new Manifest.Instance("i-1", "Living-room PC"), List.of(new Manifest.FileEntry("family.m3u", 43, "ab12"),
                    new Manifest.FileEntry("family.xml.gz", 5_000_000_000L, "cd34")));

    @Test
    void writesIndentedFieldsInRecordOrder() {
        assertThat(new String(MANIFEST.toJson(), StandardCharsets.UTF_8)).isEqualTo("""
                {
                  "schema" : 1,
                  "layout" : "Family \\"Ünïcode\\"",
                  "generation" : 7,
                  "createdAt" : "2026-12-06T17:00:00Z",
                  "instance" : {
                    "id" : "i-1",
                    "name" : "Living-room PC"
                  },
                  "files" : [ {
                    "name" : "family.m3u",
                    "size" : 43,
                    "sha256" : "ab12"
                  }, {
                    "name" : "family.xml.gz",
                    "size" : 5000000000,
                    "sha256" : "cd34"
                  } ]
                }""");
    }

    @Test
    void readsBackWhatItWroteAndLeavesOutNulls() throws IOException {
        assertThat(Manifest.parse(MANIFEST.toJson())).isEqualTo(MANIFEST);
        Manifest bare = new Manifest(1, null, 1, null, null, List.of());
        assertThat(new String(bare.toJson(), StandardCharsets.UTF_8)).doesNotContain("layout", "instance", "null");
        assertThat(Manifest.parse(bare.toJson())).isEqualTo(bare);
    }

    @Test
    void ignoresFieldsItDoesNotKnow() throws IOException {
        String json = "{\"schema\":1,\"future\":{\"a\":[1,2,{\"b\":null}]},\"layout\":\"L\",\"generation\":3,"
                + "\"files\":[{\"name\":\"l.m3u\",\"extra\":[],\"size\":9,\"sha256\":\"ff\"}],\"instance\":null}";
        Manifest m = Manifest.parse(json.getBytes(StandardCharsets.UTF_8));
        assertThat(m.layout()).isEqualTo("L");
        assertThat(m.generation()).isEqualTo(3);
        assertThat(m.instance()).isNull();
        assertThat(m.files()).containsExactly(new Manifest.FileEntry("l.m3u", 9, "ff"));
    }

    @Test
    void somethingElseIsAnErrorNotAManifest() {
        assertThatThrownBy(() -> Manifest.parse("[1,2]".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(IOException.class);
    }
}
