package dev.lineup.service.publish;

import dev.lineup.sync.MirrorDownloader;
import java.nio.file.Path;

/** What a desktop mirror download did: the target, the local folder, and the downloader's result. */
public record Mirrored(String target, Path folder, MirrorDownloader.Result result) {
}
