package dev.lineup.sync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.lineup.service.common.StandardProviders;
import org.junit.jupiter.api.Test;

class ProviderRegistryTest {
    private final ProviderRegistry providers = StandardProviders.registry();

    @Test
    void everyKindTheCommandLineTakesHasOneProviderInFormOrder() {
        assertThat(providers.all()).extracting(Provider::kind).containsExactly("local", "dropbox", "gdrive");
        assertThat(providers.all()).extracting(Provider::label).containsExactly("Local folder", "Dropbox", "Google Drive");
        assertThat(providers.get("local").signsIn()).isFalse();
        assertThat(providers.get("dropbox").clientIdOption()).isEqualTo("--app-key");
        assertThat(providers.get("gdrive").clientIdOption()).isEqualTo("--client-id");
    }

    @Test
    void anUnknownKindNamesTheKnownOnes() {
        assertThatThrownBy(() -> providers.get("onedrive")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("unknown target kind 'onedrive' (expected local, dropbox, gdrive)");
    }

    @Test
    void eachProviderSaysWhatAFolderOfItLooksLike() {
        assertThat(providers.get("dropbox").checkFolder(" /IPTV-2 ")).isEqualTo("/IPTV-2");
        assertThatThrownBy(() -> providers.get("dropbox").checkFolder("IPTV")).hasMessageContaining("starting with '/'");
        assertThat(providers.get("gdrive").checkFolder("IPTV")).isEqualTo("IPTV");
        assertThatThrownBy(() -> providers.get("gdrive").checkFolder("a/b")).hasMessageContaining("without '/'");
        assertThat(providers.get("local").page("/srv/iptv").toString()).isEqualTo("file:///srv/iptv");
    }
}
