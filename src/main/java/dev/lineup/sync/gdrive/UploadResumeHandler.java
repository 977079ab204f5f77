package dev.lineup.sync.gdrive;

import com.google.api.client.http.HttpIOExceptionHandler;
import com.google.api.client.http.HttpRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Lets {@code MediaHttpUploader} resume a resumable session after the connection drops mid-chunk.
 * The SDK only resumes when the request's I/O handler agrees; it then asks the session how many bytes
 * arrived ({@code Content-Range: bytes *}{@code /N} → 308 + {@code Range}) and sends only the rest.
 *
 * <p>This is the upload protocol's own resume, not a retry policy: it is limited to PUTs on an open
 * session URI ({@code upload_id}), sends no byte twice, waits for nothing, and gives up after
 * {@link #MAX_RESUMES} drops of one chunk. Every other failure goes to the shared pacer in {@code sync}.
 * One instance per request (the SDK builds one request per chunk).
 */
final class UploadResumeHandler implements HttpIOExceptionHandler {
    static final int MAX_RESUMES = 3;
    private static final Logger LOG = LoggerFactory.getLogger(UploadResumeHandler.class);

    private int resumes;

    @Override
    public boolean handleIOException(HttpRequest request, boolean supportsRetry) {
        boolean sessionPut = "PUT".equals(request.getRequestMethod()) && request.getUrl().getFirst("upload_id") != null;
        if (!supportsRetry || !sessionPut || resumes >= MAX_RESUMES) {
            return false;
        }
        resumes++;
        // The session URI is a capability: it is deliberately not logged.
        LOG.info("Google Drive upload connection dropped; asking the session how far it got (resume {} of {})",
                resumes, MAX_RESUMES);
        return true;
    }
}
