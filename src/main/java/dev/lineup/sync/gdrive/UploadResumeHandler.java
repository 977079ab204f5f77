package dev.lineup.sync.gdrive;

import com.google.api.client.http.HttpIOExceptionHandler;
import com.google.api.client.http.HttpRequest;
import java.io.IOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Lets {@code MediaHttpUploader} resume a resumable session after the connection drops mid-chunk.
 * The SDK only resumes when the request's I/O handler agrees; it then asks the session how many bytes
 * arrived ({@code Content-Range: bytes *}{@code /N} → 308 + {@code Range}) and sends only the rest.
 *
 * <p>This is the upload protocol's own resume, not a retry policy: it applies only to PUTs on an open
 * session URI ({@code upload_id}) inside {@link #withBudget}, sends no byte twice, waits for nothing,
 * and allows {@link #MAX_RESUMES} drops per upload (per upload, not per chunk, so a link that drops
 * every chunk cannot loop forever). Every other failure goes to the shared pacer in {@code sync}.
 */
final class UploadResumeHandler implements HttpIOExceptionHandler {
    static final int MAX_RESUMES = 5;
    private static final Logger LOG = LoggerFactory.getLogger(UploadResumeHandler.class);
    // MediaHttpUploader runs every chunk on the caller's thread, so the budget can live there.
    private static final ThreadLocal<int[]> BUDGET = new ThreadLocal<>();

    interface Upload<T> {
        T run() throws IOException;
    }

    static <T> T withBudget(Upload<T> upload) throws IOException {
        BUDGET.set(new int[] {MAX_RESUMES});
        try {
            return upload.run();
        } finally {
            BUDGET.remove();
        }
    }

    @Override
    public boolean handleIOException(HttpRequest request, boolean supportsRetry) {
        int[] left = BUDGET.get();
        boolean sessionPut = "PUT".equals(request.getRequestMethod()) && request.getUrl().getFirst("upload_id") != null;
        if (!supportsRetry || !sessionPut || left == null || left[0] <= 0) {
            return false;
        }
        left[0]--;
        // The session URI is a capability: it is deliberately not logged.
        LOG.info("Google Drive upload connection dropped; asking the session how far it got ({} resumes left)",
                left[0]);
        return true;
    }
}
