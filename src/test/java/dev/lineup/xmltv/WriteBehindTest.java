package dev.lineup.xmltv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Random;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

class WriteBehindTest {

    @Test
    void everyByteIsWrittenInOrderAndTheStreamClosedWhenCloseReturns() throws IOException {
        byte[] bytes = new byte[1_000_003];
        new Random(5).nextBytes(bytes);
        AtomicBoolean closed = new AtomicBoolean();
        ByteArrayOutputStream sink = new ByteArrayOutputStream() {
            @Override
            public void close() {
                closed.set(true);
            }
        };
        OutputStream out = new WriteBehind(sink, "test");
        out.write(bytes, 0, 10);
        out.write(bytes[10]);
        out.write(bytes, 11, bytes.length - 11);
        out.close();
        assertThat(closed).isTrue();
        assertThat(sink.toByteArray()).isEqualTo(bytes);
    }

    @Test
    void aFailedWriteIsThrownToTheWriterAndTheFileIsStillClosed() {
        AtomicBoolean closed = new AtomicBoolean();
        IOException full = new IOException("No space left on device");
        OutputStream failing = new OutputStream() {
            @Override
            public void write(int b) throws IOException {
                throw full;
            }

            @Override
            public void close() {
                closed.set(true);
            }
        };
        assertThatThrownBy(() -> {
            try (OutputStream out = new WriteBehind(failing, "test")) {
                for (int i = 0; i < 100; i++) {
                    out.write(new byte[100_000]); // far more than is held in between: the failure must stop it
                }
            }
        }).isSameAs(full);
        assertThat(closed).isTrue();
    }
}
