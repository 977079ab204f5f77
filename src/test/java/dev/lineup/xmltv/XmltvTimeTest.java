package dev.lineup.xmltv;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class XmltvTimeTest {

    @Test
    void shiftKeepsTheOffsetNotationAndMovesTheInstantByExactlyTheShift() {
        XmltvTime t = XmltvTime.parse("20240101060000 -0400");
        XmltvTime shifted = t.plusSeconds(-90 * 60);
        assertThat(shifted.format()).isEqualTo("20240101043000 -0400");
        assertThat(shifted.instant()).isEqualTo(Instant.parse("2024-01-01T08:30:00Z"));
        assertThat(XmltvTime.parse("20250922014500 +0300").plusSeconds(3 * 3600).format())
                .isEqualTo("20250922044500 +0300");
    }

    @Test
    void theCanonicalArithmeticNamesTheInstantParsingDoesAndRejectsWhatParsingRejects() {
        java.util.Random random = new java.util.Random(17);
        int invalid = 0;
        for (int i = 0; i < 30_000; i++) {
            // mostly real times, with months, days, hours and offsets just past their ends mixed in
            String text = String.format("%04d%02d%02d%02d%02d%02d %s%02d%02d", random.nextInt(10_000),
                    random.nextInt(14), random.nextInt(33), random.nextInt(25), random.nextInt(61), random.nextInt(61),
                    random.nextBoolean() ? "+" : "-", random.nextInt(20), random.nextInt(4) == 0 ? 60 : random.nextInt(60));
            if (i % 7 == 0) {
                text = "2024022" + (8 + random.nextInt(2)) + "235959 +1800"; // leap days and the widest offset
            }
            XmltvTime parsed = XmltvTime.parse(text);
            long expected = parsed == null ? XmltvTime.INVALID : parsed.instant().getEpochSecond();
            assertThat(XmltvTime.isCanonical(text)).as(text).isTrue();
            assertThat(XmltvTime.canonicalEpochSecond(text)).as(text).isEqualTo(expected);
            invalid += parsed == null ? 1 : 0;
        }
        assertThat(invalid).as("invalid texts tried").isGreaterThan(1_500).isLessThan(28_500);
        assertThat(XmltvTime.canonicalEpochSecond("19000228120000 +0000")).isEqualTo(-2_203_934_400L);
        assertThat(XmltvTime.canonicalEpochSecond("19000229120000 +0000")).isEqualTo(XmltvTime.INVALID);
    }

    @Test
    void shiftCrossesMidnightMonthAndYearBoundaries() {
        assertThat(XmltvTime.parse("20241231233000 +0000").plusSeconds(3600).format())
                .isEqualTo("20250101003000 +0000");
        assertThat(XmltvTime.parse("20240301003000 +0100").plusSeconds(-3600).format())
                .isEqualTo("20240229233000 +0100");
    }

    @Test
    void timestampWithoutOffsetIsUtcAndIsWrittenWithOne() {
        XmltvTime t = XmltvTime.parse("20240101060000");
        assertThat(t.instant()).isEqualTo(Instant.parse("2024-01-01T06:00:00Z"));
        assertThat(t.plusSeconds(7200).format()).isEqualTo("20240101080000 +0000");
    }

    @Test
    void shortDatesReadAsTheStartOfTheirMinuteHourOrDayAndAreWrittenInFull() {
        XmltvTime minutes = XmltvTime.parse("202401010600 +0200");
        assertThat(minutes.instant()).isEqualTo(Instant.parse("2024-01-01T04:00:00Z"));
        assertThat(minutes.plusSeconds(-5400).format()).isEqualTo("20240101043000 +0200");
        assertThat(XmltvTime.parse("2024010106 -0500").instant()).isEqualTo(Instant.parse("2024-01-01T11:00:00Z"));
        XmltvTime day = XmltvTime.parse("20220402");
        assertThat(day.instant()).isEqualTo(Instant.parse("2022-04-02T00:00:00Z"));
        assertThat(day.plusSeconds(3600).format()).isEqualTo("20220402010000 +0000");
    }

    @Test
    void namedZonesReadAsTheXmltvLibraryReadsThemInAnyCase() {
        // the example: an older grabber's British Summer Time
        assertThat(XmltvTime.parse("20010829000500 BST").instant()).isEqualTo(Instant.parse("2001-08-28T23:05:00Z"));
        assertThat(XmltvTime.parse("20010829000500 BST").format()).isEqualTo("20010829000500 +0100");
        assertThat(XmltvTime.parse("20240115120000 est").instant()).isEqualTo(Instant.parse("2024-01-15T17:00:00Z"));
        assertThat(XmltvTime.parse("20240115120000 IST").instant()).isEqualTo(Instant.parse("2024-01-15T06:30:00Z"));
        assertThat(XmltvTime.parse("20240115120000 NZDT").instant()).isEqualTo(Instant.parse("2024-01-14T23:00:00Z"));
        assertThat(XmltvTime.parse("20240115120000 ACDT").format()).isEqualTo("20240115120000 +1030");
        assertThat(XmltvTime.parse("202401151200 AKST").instant()).isEqualTo(Instant.parse("2024-01-15T21:00:00Z"));
        assertThat(XmltvTime.parse("20240115120000 Msk").plusSeconds(3600).format())
                .isEqualTo("20240115130000 +0300");
    }

    @Test
    void canonicalTextIsRecognisedWithoutParsing() {
        assertThat(XmltvTime.isCanonical("20240101060000 -0400")).isTrue();
        assertThat(XmltvTime.isCanonical("20240101060000 BST")).isFalse();
        assertThat(XmltvTime.isCanonical("202401010600 +0200")).isFalse();
        assertThat(XmltvTime.isCanonical("20240101060000+0400 ")).isFalse();
        assertThat(XmltvTime.isCanonical(null)).isFalse();
    }

    @Test
    void lenientOffsetForms() {
        assertThat(XmltvTime.parse("20240101060000+0300").instant()).isEqualTo(Instant.parse("2024-01-01T03:00:00Z"));
        assertThat(XmltvTime.parse("20240101060000 +03:30").instant())
                .isEqualTo(Instant.parse("2024-01-01T02:30:00Z"));
        assertThat(XmltvTime.parse("20240101060000 UTC").instant()).isEqualTo(Instant.parse("2024-01-01T06:00:00Z"));
        assertThat(XmltvTime.parse("  20240101060000 -0400  ").format()).isEqualTo("20240101060000 -0400");
    }

    @Test
    void garbageIsNotATimestamp() {
        assertThat(XmltvTime.parse("tomorrow")).isNull();
        assertThat(XmltvTime.parse("20241301000000 +0000")).isNull();
        assertThat(XmltvTime.parse("20240101060000 +9900")).isNull();
        assertThat(XmltvTime.parse("20240101060000 XYZ")).isNull();
        assertThat(XmltvTime.parse("20240101060000 GST")).isNull(); // Gulf or Guam: not guessed
        assertThat(XmltvTime.parse("2024010106000 +0000")).isNull();
        assertThat(XmltvTime.parse(null)).isNull();
        assertThat(XmltvTime.parse("")).isNull();
    }

    @Test
    void europeLondonAutumnChangeSameWallClockTwoInstants() {
        // 2024-10-27 01:30 happens twice in London: first in BST (+0100), an hour later in GMT (+0000)
        XmltvTime bst = XmltvTime.parse("20241027013000 +0100");
        XmltvTime gmt = XmltvTime.parse("20241027013000 +0000");
        assertThat(bst.instant()).isEqualTo(Instant.parse("2024-10-27T00:30:00Z"));
        assertThat(gmt.instant()).isEqualTo(Instant.parse("2024-10-27T01:30:00Z"));
        assertThat(bst.plusSeconds(3600).instant()).isEqualTo(gmt.instant());
        assertThat(bst.plusSeconds(3600).format()).isEqualTo("20241027023000 +0100");
    }
}
