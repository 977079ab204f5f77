package dev.lineup.xmltv;

import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The zone abbreviations older XMLTV grabbers write after a time ({@code 20010829000500 BST}), which the DTD
 * allows. Each is the fixed offset the XMLTV library's {@code XMLTV::Date} (through Date::Manip) gives it, so a
 * guide reads here as it reads there: {@code IST} is India (+0530), {@code CST} US Central (-0600), {@code BST}
 * British Summer Time (+0100). Only names Date::Manip reads and no other zone commonly shares are listed (so not
 * GST or WST); an unknown name makes the time unreadable, as it does there. Case-insensitive.
 */
final class ZoneNames {
    private static final Map<String, ZoneOffset> OFFSETS = new HashMap<>();

    static {
        zone(0, 0, "UTC", "UT", "GMT", "Z", "ZULU", "GMT0", "WET");
        zone(1, 0, "BST", "WEST", "CET", "MET", "WAT");
        zone(2, 0, "CEST", "MEST", "EET", "SAST", "CAT");
        zone(3, 0, "EEST", "MSK", "EAT", "IDT");
        zone(5, 0, "PKT");
        zone(5, 30, "IST");
        zone(7, 0, "WIB");
        zone(8, 0, "AWST", "HKT");
        zone(9, 0, "JST", "KST");
        zone(9, 30, "ACST");
        zone(10, 0, "AEST", "CHST");
        zone(10, 30, "ACDT");
        zone(11, 0, "AEDT");
        zone(12, 0, "NZST");
        zone(13, 0, "NZDT");
        zone(-2, -30, "NDT");
        zone(-3, 0, "ADT");
        zone(-4, 0, "AST", "EDT");
        zone(-5, 0, "EST", "CDT");
        zone(-6, 0, "CST", "MDT");
        zone(-7, 0, "MST", "PDT");
        zone(-8, 0, "PST", "AKDT");
        zone(-9, 0, "AKST", "HDT");
        zone(-10, 0, "HST");
    }

    private ZoneNames() {
    }

    /** The offset of a zone abbreviation, in any case; null when it is not one. */
    static ZoneOffset offset(String name) {
        if (name.isEmpty() || name.length() > 5) {
            return null;
        }
        return OFFSETS.get(name.toUpperCase(Locale.ROOT));
    }

    private static void zone(int hours, int minutes, String... names) {
        ZoneOffset offset = ZoneOffset.ofHoursMinutes(hours, minutes);
        for (String n : names) {
            if (OFFSETS.put(n, offset) != null) {
                throw new IllegalStateException("zone listed twice: " + n);
            }
        }
    }
}
