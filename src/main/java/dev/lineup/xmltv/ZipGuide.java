package dev.lineup.xmltv;

import java.io.BufferedInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.LongConsumer;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The guide inside a zip archive: its first entry named {@code *.xml} or {@code *.xmltv} (in archive order,
 * folders and macOS {@code __MACOSX} resource forks aside). When there are several, a warning says which one
 * is read (once per archive version, though a render opens it twice); when there is none, the error names the archive and what it holds.
 */
final class ZipGuide {
    private static final Logger LOG = LoggerFactory.getLogger(ZipGuide.class);
    private static final int BUFFER = 1 << 16;
    private static final int LISTED = 5;
    private static final Set<String> MENTIONED = new HashSet<>();

    private ZipGuide() {
    }

    static InputStream open(Path file, LongConsumer onBytes) throws IOException {
        ZipFile zip;
        try {
            zip = new ZipFile(file.toFile());
        } catch (ZipException e) {
            throw new XmltvFormatException(file.toString(), 1, 1, "not a readable zip archive ("
                    + e.getMessage() + "); expected a zip holding an XMLTV .xml file");
        }
        try {
            List<ZipEntry> guides = new ArrayList<>();
            List<String> others = new ArrayList<>();
            for (Enumeration<? extends ZipEntry> en = zip.entries(); en.hasMoreElements(); ) {
                ZipEntry e = en.nextElement();
                if (e.isDirectory() || e.getName().startsWith("__MACOSX/")) {
                    continue;
                }
                String lower = e.getName().toLowerCase(Locale.ROOT);
                if (lower.endsWith(".xml") || lower.endsWith(".xmltv")) {
                    guides.add(e);
                } else if (others.size() < LISTED) {
                    others.add(e.getName());
                }
            }
            if (guides.isEmpty()) {
                throw new XmltvFormatException(file.toString(), 1, 1, "the zip archive holds no guide: expected an "
                        + ".xml file inside, found " + (others.isEmpty() ? "no files" : String.join(", ", others)));
            }
            ZipEntry chosen = guides.get(0);
            if (guides.size() > 1 && firstTimeSeen(file)) {
                LOG.warn("{} holds {} XML files; reading the first, '{}'", file, guides.size(), chosen.getName());
            }
            return new BufferedInputStream(new Closing(progress(zip.getInputStream(chosen), chosen, onBytes), zip),
                    BUFFER);
        } catch (IOException | RuntimeException e) {
            zip.close();
            throw e;
        }
    }

    /** Whether this version of the archive (path, size, time) was not mentioned yet; remembers a few. */
    private static boolean firstTimeSeen(Path file) throws IOException {
        String key = file.toAbsolutePath() + "|" + Files.size(file) + "|" + Files.getLastModifiedTime(file);
        synchronized (MENTIONED) {
            if (MENTIONED.size() >= 64) {
                MENTIONED.clear();
            }
            return MENTIONED.add(key);
        }
    }

    /** Reports progress in archive bytes, scaled from the bytes decompressed, so it ends at the file's size. */
    private static InputStream progress(InputStream in, ZipEntry e, LongConsumer onBytes) {
        if (onBytes == null) {
            return in;
        }
        long size = e.getSize();
        long compressed = e.getCompressedSize();
        LongConsumer scaled = size > 0 && compressed > 0 ? n -> onBytes.accept(n * compressed / size) : onBytes;
        return new GuideInput.Counting(in, scaled);
    }

    /** Closes the archive with the entry's stream. */
    private static final class Closing extends FilterInputStream {
        private final ZipFile zip;

        Closing(InputStream in, ZipFile zip) {
            super(in);
            this.zip = zip;
        }

        @Override
        public void close() throws IOException {
            try {
                super.close();
            } finally {
                zip.close();
            }
        }
    }
}
