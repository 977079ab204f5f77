package dev.lineup.service.logos;

import java.io.IOException;
import java.util.Optional;

/** Channel logos by URL, from a disk cache or fetched once. Called from background threads. */
public interface LogoService {
    /** The logo's bytes, fetching it if not cached; empty when the URL gives no image. */
    Optional<byte[]> logo(String url) throws IOException;
}
