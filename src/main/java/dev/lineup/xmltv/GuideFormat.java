package dev.lineup.xmltv;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/** How a guide file is packed, told by its first bytes (never its name), and the file suffix that says so. */
public enum GuideFormat {
    PLAIN(".xml"), GZIP(".xml.gz"), XZ(".xml.xz"), ZIP(".zip");

    /** Bytes needed to tell the formats apart. */
    static final int MAGIC_LENGTH = 6;
    private static final byte[] XZ_MAGIC = {(byte) 0xfd, '7', 'z', 'X', 'Z', 0};
    private static final byte[] ZIP_MAGIC = {'P', 'K', 3, 4};

    private final String suffix;

    GuideFormat(String suffix) {
        this.suffix = suffix;
    }

    /** The suffix a stored copy of such a guide gets, e.g. {@code .xml.gz}. */
    public String suffix() {
        return suffix;
    }

    public static GuideFormat of(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            byte[] head = new byte[MAGIC_LENGTH];
            return of(head, in.readNBytes(head, 0, head.length));
        }
    }

    /** The format of a file starting with {@code head[0, length)}. */
    static GuideFormat of(byte[] head, int length) {
        if (length >= 2 && head[0] == 0x1f && head[1] == (byte) 0x8b) {
            return GZIP;
        }
        if (startsWith(head, length, XZ_MAGIC)) {
            return XZ;
        }
        return startsWith(head, length, ZIP_MAGIC) ? ZIP : PLAIN;
    }

    private static boolean startsWith(byte[] head, int length, byte[] magic) {
        if (length < magic.length) {
            return false;
        }
        for (int i = 0; i < magic.length; i++) {
            if (head[i] != magic[i]) {
                return false;
            }
        }
        return true;
    }
}
