package dev.lineup.output;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The playlist's second thread: every byte arrives, in order, and a failing disk is reported, never hung on. */
class PipelinedOutputStreamTest {

    @Test
    void everyByteArrivesInOrderWhateverTheWriteSizes() throws IOException {
        byte[] data = new byte[3_000_000];
        new Random(7).nextBytes(data);
        ByteArrayOutputStream sink = new ByteArrayOutputStream();
        Random sizes = new Random(11);
        try (PipelinedOutputStream out = new PipelinedOutputStream(sink, "test")) {
            int i = 0;
            while (i < data.length) {
                if (sizes.nextInt(10) == 0) {
                    out.write(data[i++]);
                    continue;
                }
                int n = Math.min(data.length - i, sizes.nextInt(700_000));
                out.write(data, i, n);
                i += n;
                if (sizes.nextInt(20) == 0) {
                    out.flush();
                    assertThat(sink.size()).isEqualTo(i); // flush means: all of it is in the sink
                }
            }
        }
        assertThat(sink.toByteArray()).isEqualTo(data);
    }

    @Test
    void aCancelledRenderStopsWritingAndLeavesNoThreadBehind() throws Exception {
        java.util.concurrent.CountDownLatch slow = new java.util.concurrent.CountDownLatch(1);
        OutputStream stuck = new OutputStream() {
            @Override
            public void write(int b) {
            }

            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                try {
                    slow.await(); // a disk that stopped answering
                } catch (InterruptedException e) {
                    throw new java.io.InterruptedIOException("stopped");
                }
            }
        };
        PipelinedOutputStream out = new PipelinedOutputStream(stuck, "cancel-test");
        out.write(new byte[300_000]); // one block handed over: the writer thread now waits inside the disk's write
        Thread writer = Thread.getAllStackTraces().keySet().stream()
                .filter(t -> t.getName().equals("lineup-writer-cancel-test")).findFirst().orElseThrow();
        Thread.currentThread().interrupt(); // the user cancelled: the task's thread is interrupted
        try {
            assertThatThrownBy(() -> {
                byte[] block = new byte[100_000];
                for (int i = 0; i < 100; i++) {
                    out.write(block);
                }
            }).isInstanceOf(java.io.InterruptedIOException.class);
            assertThatThrownBy(out::close).isInstanceOf(IOException.class);
        } finally {
            Thread.interrupted();
        }
        writer.join(10_000);
        assertThat(writer.isAlive()).as("the writer thread ends").isFalse();
    }

    @Test
    void aFailingSinkIsReportedToTheWriterAndTheThreadEnds() {
        OutputStream full = new OutputStream() {
            @Override
            public void write(int b) throws IOException {
                throw new IOException("No space left on device");
            }

            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                throw new IOException("No space left on device");
            }
        };
        assertThatThrownBy(() -> {
            try (PipelinedOutputStream out = new PipelinedOutputStream(full, "test")) {
                byte[] block = new byte[100_000];
                for (int i = 0; i < 1_000; i++) {
                    out.write(block);
                }
            }
        }).isInstanceOf(IOException.class).hasMessageContaining("No space left on device");
    }
}
