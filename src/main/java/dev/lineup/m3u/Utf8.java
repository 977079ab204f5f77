package dev.lineup.m3u;

/** Checks bytes for well-formed UTF-8 (the Unicode standard's table 3-7), so text that is can be copied undecoded. */
final class Utf8 {
    private Utf8() {
    }

    static boolean isWellFormed(byte[] b, int from, int to) {
        int i = from;
        while (i < to) {
            while (i + 8 <= to && (b[i] | b[i + 1] | b[i + 2] | b[i + 3] | b[i + 4] | b[i + 5] | b[i + 6]
                    | b[i + 7]) >= 0) {
                i += 8; // a run of ASCII, eight bytes at a time
            }
            if (i >= to) {
                break;
            }
            int c = b[i];
            if (c >= 0) {
                i++;
                continue;
            }
            c &= 0xff;
            int n;
            int lo = 0x80;
            int hi = 0xbf;
            if (c >= 0xc2 && c <= 0xdf) {
                n = 1;
            } else if (c >= 0xe0 && c <= 0xef) {
                n = 2;
                if (c == 0xe0) {
                    lo = 0xa0; // no overlong three-byte forms
                } else if (c == 0xed) {
                    hi = 0x9f; // no surrogates
                }
            } else if (c >= 0xf0 && c <= 0xf4) {
                n = 3;
                if (c == 0xf0) {
                    lo = 0x90; // no overlong four-byte forms
                } else if (c == 0xf4) {
                    hi = 0x8f; // nothing past U+10FFFF
                }
            } else {
                return false;
            }
            if (i + n >= to) { // cut off by the end of the span
                return false;
            }
            int c1 = b[i + 1] & 0xff;
            if (c1 < lo || c1 > hi) {
                return false;
            }
            for (int k = 2; k <= n; k++) {
                int ck = b[i + k] & 0xff;
                if (ck < 0x80 || ck > 0xbf) {
                    return false;
                }
            }
            i += n + 1;
        }
        return true;
    }
}
