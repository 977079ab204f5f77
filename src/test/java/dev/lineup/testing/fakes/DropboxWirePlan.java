package dev.lineup.testing.fakes;

import dev.lineup.testing.fakes.dropbox.FakeDropbox;
import dev.lineup.testing.fakes.dropbox.Fault;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Requests to the fake Dropbox with the exact answer each should get, faults interleaved: one plan, run
 * by every client under test so they all meet the same wire. Each plan works in its own folder and arms
 * faults only for its own requests (by argument), so plans can run side by side on one fake.
 */
final class DropboxWirePlan {
    static final String NOT_FOUND = "{\"error_summary\":\"path/not_found/..\",\"error\":{\".tag\":\"path\","
            + "\"path\":{\".tag\":\"not_found\"}}}";
    static final String RATE_LIMITED = "{\"error_summary\":\"too_many_requests/..\",\"error\":{\"reason\":"
            + "{\".tag\":\"too_many_requests\"},\"retry_after\":1}}";

    /** One request; {@code status} 0 means the connection must be dropped without an answer. */
    record Step(String name, String path, Map<String, String> headers, byte[] body, int status, byte[] answer,
                Fault fault) {
        boolean drops() {
            return status == 0;
        }

        /** Null when the answer matches; else what differs (an upload's metadata is checked by its name). */
        String mismatch(int gotStatus, byte[] gotBody) {
            String got = new String(gotBody, StandardCharsets.UTF_8);
            boolean bodyOk = answer != null ? java.util.Arrays.equals(answer, gotBody)
                    : got.startsWith("{") && got.contains("\"name\":\"" + name.substring(name.indexOf(' ') + 1) + "\"");
            return gotStatus == status && bodyOk ? null
                    : name + ": expected " + status + " got " + gotStatus + " '" + got + "'";
        }
    }

    private final FakeDropbox fake;
    private final String folder;

    DropboxWirePlan(FakeDropbox fake, String folder) {
        this.fake = fake;
        this.folder = folder;
    }

    /** The i-th step of an endless cycle through every kind of answer and fault the fake gives. */
    Step step(int i) {
        String file = folder + "/f" + i + ".bin";
        byte[] content = ("content " + i + " ").repeat(1 + i % 7).getBytes(StandardCharsets.UTF_8);
        String missing = "{\"path\":\"" + folder + "/missing\"}";
        switch (i % 9) {
            case 0: return rpc("500 text", missing, 500, "Internal Server Error", Fault.serverError("get_metadata", 1));
            case 1: return rpc("409 route error", missing, 409, NOT_FOUND, null);
            case 2: return rpc("429 json + Retry-After", missing, 429, RATE_LIMITED,
                    Fault.rateLimited("get_metadata", 1, Duration.ofSeconds(1)));
            case 3: return rpc("dropped", missing, 0, "", Fault.dropConnection("get_metadata", 1));
            case 4: return content("upload f" + i + ".bin", "/2/files/upload", upload(file), content, 200, null, null);
            case 5: {
                fake.putFile(file, content, "Fake User");
                return content("download", "/2/files/download", "{\"path\":\"" + file + "\"}", new byte[0], 200,
                        content, null);
            }
            case 6: return content("dropped after a write", "/2/files/upload", upload(file), content, 0, null,
                    Fault.dropAfterProcessing("files/upload$", 1));
            case 7: return rpc("503 empty body", missing, 503, "", Fault.response("get_metadata", 1, 503, null, null));
            default: return rpc("500 then nothing", missing, 500, "Internal Server Error",
                    Fault.serverError("get_metadata", 1));
        }
    }

    String url(String path) {
        return fake.baseUrl() + path;
    }

    /** Arms the step's fault for this plan's requests only. */
    void arm(Step s) {
        if (s.fault() != null) {
            fake.inject(s.fault().matchingArg(java.util.regex.Pattern.quote(folder + "/")));
        }
    }

    private String upload(String file) {
        return "{\"path\":\"" + file + "\",\"mode\":\"overwrite\",\"mute\":true}";
    }

    private Step rpc(String name, String arg, int status, String answer, Fault fault) {
        Map<String, String> h = new LinkedHashMap<>();
        h.put("Authorization", "Bearer " + fake.accessToken());
        h.put("Content-Type", "application/json");
        return new Step(name, "/2/files/get_metadata", h, arg.getBytes(StandardCharsets.UTF_8), status,
                answer.getBytes(StandardCharsets.UTF_8), fault);
    }

    private Step content(String name, String path, String arg, byte[] body, int status, byte[] answer, Fault fault) {
        Map<String, String> h = new LinkedHashMap<>();
        h.put("Authorization", "Bearer " + fake.accessToken());
        h.put("Dropbox-API-Arg", arg);
        h.put("Content-Type", "application/octet-stream");
        return new Step(name, path, h, body, status, answer, fault);
    }
}
