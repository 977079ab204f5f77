package dev.lineup.store;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lineup.model.ChannelKey;
import dev.lineup.model.SourceChannel;
import dev.lineup.model.StreamKind;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class StoredKeysTest {
    @Test
    void theFastNameNormalizationAgreesWithChannelKeyOnEveryKindOfName() {
        List<String> names = new java.util.ArrayList<>(List.of("", " ", "Canal+ Sport HD", "  UK: BBC One (Backup) ",
                "Ça va Télé", "Первый канал", "A--B__C", "ABC123xyz", "=>(★ TURKİYE ★)<=", "name,with comma", "\t#1\n"));
        Random r = new Random(1);
        String alphabet = "aZ09 -_:|()+.,/\\\"'!?&é★";
        for (int i = 0; i < 2000; i++) {
            StringBuilder sb = new StringBuilder();
            for (int j = r.nextInt(20); j > 0; j--) {
                sb.append(alphabet.charAt(r.nextInt(alphabet.length())));
            }
            names.add(sb.toString());
        }
        for (String n : names) {
            assertThat(StoredKeys.normalizeName(n)).as("[%s]", n).isEqualTo(ChannelKey.normalizeName(n));
        }
    }

    @Test
    void storedKeysAreTheChannelKeyKeysOfTheChannel() {
        SourceChannel c = new SourceChannel(0, 1, StreamKind.LIVE, 0, "Sky Sport 1 HD", "DE | Sport",
                "http://u:p@h:8080/live/u/p/123.ts?token=x", null, "SkySport1.de", null, null, "123", null, "-1",
                List.of(), List.of(), null);
        StoredKeys k = StoredKeys.of(c, c.url());
        assertThat(List.of(k.stream(), k.tvg(), k.name(), k.url())).isEqualTo(c.keys());
    }
}
