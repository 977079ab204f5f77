package dev.lineup.ui.layouteditor;

import dev.lineup.model.SourceKind;
import dev.lineup.service.AppServices;
import dev.lineup.service.library.SourceForm;
import dev.lineup.task.TaskContext;
import dev.lineup.ui.UiFixture;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A provider playlist whose entries carry their own numbers (tvg-chno), as real lists do: two channels
 * numbered 1, two numbered 3, one without a number. Categories "Albania" and "Argentina".
 */
final class NumberedSource {
    static final String NAME = "Numbered";

    private NumberedSource() {
    }

    /** Services over {@code dataDir} with the source added and refreshed, and a layout "Numbered" of all of it. */
    static AppServices services(Path dataDir) throws IOException {
        AppServices s = UiFixture.services(dataDir);
        UiFixture.offFx(() -> {
            Path m3u = dataDir.resolve("numbered.m3u");
            Files.writeString(m3u, """
                    #EXTM3U
                    #EXTINF:-1 tvg-id="tirana.al" tvg-chno="1" group-title="Albania",Tirana One
                    http://127.0.0.1:9/tirana1
                    #EXTINF:-1 tvg-id="durres.al" tvg-chno="1" group-title="Albania",Durres TV
                    http://127.0.0.1:9/durres
                    #EXTINF:-1 tvg-id="vlora.al" tvg-chno="2" group-title="Albania",Vlora News
                    http://127.0.0.1:9/vlora
                    #EXTINF:-1 tvg-id="ba.ar" tvg-chno="3" group-title="Argentina",Buenos Aires 24
                    http://127.0.0.1:9/ba
                    #EXTINF:-1 tvg-id="cordoba.ar" group-title="Argentina",Cordoba Sur
                    http://127.0.0.1:9/cordoba
                    #EXTINF:-1 tvg-id="rosario.ar" tvg-chno="3" group-title="Argentina",Rosario Play
                    http://127.0.0.1:9/rosario
                    """);
            s.sources().add(new SourceForm(SourceKind.M3U, NAME, m3u.toString(), null, null, false, false));
            s.sources().refresh(NAME, TaskContext.detached("test"));
            s.layouts().createFromSource(NAME, NAME);
            s.layouts().create("Empty");
            return null;
        });
        return s;
    }
}
