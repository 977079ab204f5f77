package dev.lineup.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.lineup.store.Database;
import java.nio.file.Path;
import java.util.concurrent.ExecutionException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/** The UI tests' I/O guard has teeth: database work on the FX thread fails, elsewhere it runs. */
@ExtendWith(ApplicationExtension.class)
class FxIoGuardTest {
    @TempDir
    Path dir;

    @Test
    void aDatabaseCallOnTheFxThreadThrowsNamingTheThreadAndFailsTheTestWhileOtherThreadsMayUseIt() throws Exception {
        FxIoGuard guard = new FxIoGuard();
        guard.beforeAll(null);
        try (Database db = Database.open(dir, n -> { })) {
            assertThat(db.quickCheck()).isEqualTo("ok");

            assertThatThrownBy(() -> WaitForAsyncUtils.asyncFx(db::quickCheck).get())
                    .isInstanceOf(ExecutionException.class)
                    .cause().isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("database").hasMessageContaining("JavaFX Application Thread");
            // Even if the screen had swallowed the exception, the test that caused it fails.
            assertThatThrownBy(() -> guard.afterEach(null)).isInstanceOf(AssertionError.class)
                    .hasMessageContaining("1 I/O call(s) on the FX thread");
            guard.afterEach(null);
        } finally {
            guard.afterAll(null);
        }
        try (Database db = Database.open(dir, n -> { })) {
            assertThat(WaitForAsyncUtils.asyncFx(db::quickCheck).get()).isEqualTo("ok");
        }
    }
}
