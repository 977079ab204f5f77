package dev.lineup.testing.fakes.dropbox;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.util.Map;

/**
 * Control of a fake running as its own process (tests in the same JVM call {@link FakeDropbox} directly):
 * <ul>
 * <li>{@code /_fake/fault?kind=K&path=REGEX&count=N[&retryAfter=S]} with K one of serverError,
 * unavailable, rateLimited, tooManyWriteOperations, expiredToken, forbidden, drop, dropAfter</li>
 * <li>{@code /_fake/clear-faults}, {@code /_fake/quota?bytes=N}</li>
 * <li>{@code /_fake/writelog}: the write log as a JSON array</li>
 * </ul>
 */
final class FakeControlRoutes {
    private final FakeDropbox fake;

    FakeControlRoutes(FakeDropbox fake) {
        this.fake = fake;
    }

    FakeResponse handle(String path, String query) {
        Map<String, String> q = FakeOAuthRoutes.form(query);
        switch (path) {
            case "/_fake/fault":
                fake.inject(fault(q));
                return FakeResponse.jsonNull();
            case "/_fake/clear-faults":
                fake.clearFaults();
                return FakeResponse.jsonNull();
            case "/_fake/quota":
                fake.setQuota(Long.parseLong(q.get("bytes")));
                return FakeResponse.jsonNull();
            case "/_fake/writelog":
                return FakeResponse.json(writeLog());
            default:
                return FakeResponse.text(404, "unknown control " + path);
        }
    }

    private static Fault fault(Map<String, String> q) {
        String regex = q.getOrDefault("path", ".");
        int count = Integer.parseInt(q.getOrDefault("count", "1"));
        Duration retryAfter = Duration.ofSeconds(Long.parseLong(q.getOrDefault("retryAfter", "1")));
        String kind = q.getOrDefault("kind", "");
        switch (kind) {
            case "serverError": return Fault.serverError(regex, count);
            case "unavailable": return Fault.unavailable(regex, count, retryAfter);
            case "rateLimited": return Fault.rateLimited(regex, count, retryAfter);
            case "tooManyWriteOperations": return Fault.tooManyWriteOperations(regex, count, retryAfter);
            case "expiredToken": return Fault.expiredToken(regex, count);
            case "forbidden": return Fault.forbidden(regex, count);
            case "drop": return Fault.dropConnection(regex, count);
            case "dropAfter": return Fault.dropAfterProcessing(regex, count);
            default: throw new FakeApiError(400, "unknown fault kind '" + kind + "'", null);
        }
    }

    private ArrayNode writeLog() {
        ArrayNode out = FakeJson.MAPPER.createArrayNode();
        for (WriteRecord r : fake.writeLog()) {
            ObjectNode o = out.addObject();
            o.put("seq", r.seq());
            o.put("at", r.at().toString());
            o.put("op", r.op());
            o.put("path", r.path());
            o.put("rev", r.rev());
            o.put("accountId", r.accountId());
            o.put("client", r.client());
            o.put("size", r.size());
            o.put("contentHash", r.contentHash());
            o.put("lockId", r.lockId());
            o.put("ownerInstanceId", r.ownerInstanceId());
            o.put("leaseState", r.leaseState());
        }
        return out;
    }
}
