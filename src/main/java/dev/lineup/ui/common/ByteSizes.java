package dev.lineup.ui.common;

import java.util.Locale;

/** File sizes as people read them in a table cell: {@code 812 bytes}, {@code 6.6 kB}, {@code 203 MB}. */
public final class ByteSizes {
    private static final String[] UNITS = {"kB", "MB", "GB", "TB"};

    private ByteSizes() {
    }

    /** Decimal units (1 MB = 1,000,000 bytes), as providers and the benchmarks count; three significant digits. */
    public static String human(long bytes) {
        if (bytes < 1000) {
            return bytes + (bytes == 1 ? " byte" : " bytes");
        }
        double value = bytes;
        int unit = -1;
        while (value >= 999.5 && unit < UNITS.length - 1) {
            value /= 1000;
            unit++;
        }
        String format = value >= 99.5 ? "%.0f %s" : value >= 9.95 ? "%.1f %s" : "%.2f %s";
        return String.format(Locale.ROOT, format, value, UNITS[unit]);
    }
}
