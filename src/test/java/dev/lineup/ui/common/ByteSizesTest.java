package dev.lineup.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ByteSizesTest {
    @Test
    void smallFilesShowTheirBytesAndBigOnesThreeSignificantDigits() {
        assertThat(ByteSizes.human(0)).isEqualTo("0 bytes");
        assertThat(ByteSizes.human(1)).isEqualTo("1 byte");
        assertThat(ByteSizes.human(999)).isEqualTo("999 bytes");
        assertThat(ByteSizes.human(6_593)).isEqualTo("6.59 kB");
        assertThat(ByteSizes.human(158_069)).isEqualTo("158 kB");
        assertThat(ByteSizes.human(4_154_621)).isEqualTo("4.15 MB");
        assertThat(ByteSizes.human(202_755_300)).isEqualTo("203 MB");
        assertThat(ByteSizes.human(99_960)).isEqualTo("100 kB");
        assertThat(ByteSizes.human(999_600)).isEqualTo("1.00 MB");
        assertThat(ByteSizes.human(12_345_678_901L)).isEqualTo("12.3 GB");
    }
}
