package dev.lineup.testing.fakes.gdrive;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/** Drive v3's {@code files} and {@code permissions} metadata calls and downloads, over {@link DriveStore}. */
final class FilesApi {
    private static final DateTimeFormatter RFC3339 =
            DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);

    private final DriveStore store;
    private volatile int maxPageSize = 1000;

    FilesApi(DriveStore store) {
        this.store = store;
    }

    void setMaxPageSize(int size) {
        maxPageSize = size;
    }

    void list(Http http, DriveStore.Account who) throws IOException {
        Predicate<DriveStore.FakeFile> filter;
        try {
            filter = DriveQuery.parse(http.query.get("q"));
        } catch (IllegalArgumentException e) {
            http.error(400, "global", "invalid", e.getMessage(), null);
            return;
        }
        List<DriveStore.FakeFile> all = store.listed(filter);
        int pageSize = Math.min(maxPageSize, Integer.parseInt(http.query.getOrDefault("pageSize", "100")));
        int from = http.query.containsKey("pageToken") ? Integer.parseInt(http.query.get("pageToken")) : 0;
        int to = Math.min(all.size(), from + pageSize);
        ObjectNode body = Http.JSON.createObjectNode().put("kind", "drive#fileList").put("incompleteSearch", false);
        if (to < all.size()) {
            body.put("nextPageToken", Integer.toString(to));
        }
        ArrayNode files = body.putArray("files");
        for (DriveStore.FakeFile f : all.subList(from, to)) {
            files.add(json(f, who));
        }
        http.json(200, body);
    }

    void get(Http http, String id, DriveStore.Account who) throws IOException {
        DriveStore.FakeFile f = store.get(id).orElse(null);
        if (f == null) {
            notFound(http, id);
        } else if ("media".equals(http.query.get("alt"))) {
            http.send(200, f.mimeType(), f.content());
        } else {
            http.json(200, json(f, who));
        }
    }

    /** Files bigger than this get the virus-scan warning page instead of their bytes (Long.MAX_VALUE: never). */
    private volatile long scanWarningAbove = Long.MAX_VALUE;

    void scanWarningAbove(long bytes) {
        scanWarningAbove = bytes;
    }

    /**
     * The public "anyone with the link" download, as {@code drive.google.com/uc?export=download&id=} serves it:
     * a file too big for Google's virus scan gets the warning interstitial (an HTML page with a "Download
     * anyway" form) unless the link carries {@code confirm=t}.
     */
    void publicDownload(Http http) throws IOException {
        DriveStore.FakeFile f = store.get(http.query.getOrDefault("id", "")).orElse(null);
        if (f == null || !f.anyoneCanRead()) {
            http.send(404, "text/html", "<html>Sorry, the file you have requested does not exist.</html>".getBytes());
        } else if (f.content().length > scanWarningAbove && !"t".equals(http.query.get("confirm"))) {
            http.send(200, "text/html; charset=utf-8", ("<!DOCTYPE html><html><head><title>Google Drive - Virus scan "
                    + "warning</title></head><body><p class=\"uc-warning-caption\">Google Drive can't scan this file "
                    + "for viruses.</p><form id=\"download-form\" action=\"/uc\"><input type=\"hidden\" name=\"id\" "
                    + "value=\"" + f.id() + "\"><input type=\"hidden\" name=\"confirm\" value=\"t\">"
                    + "<input type=\"submit\" value=\"Download anyway\"></form></body></html>")
                    .getBytes(java.nio.charset.StandardCharsets.UTF_8));
        } else {
            http.send(200, f.mimeType(), f.content());
        }
    }

    void createMetadataOnly(Http http, DriveStore.Account who) throws IOException {
        JsonNode meta = http.jsonBody();
        try {
            http.json(200, json(store.create(meta.path("name").asText("Untitled"),
                    meta.path("mimeType").asText("application/octet-stream"), parents(meta), new byte[0], who), who));
        } catch (DriveStore.NotFound e) {
            notFound(http, e.getMessage());
        }
    }

    void delete(Http http, String id, DriveStore.Account who) throws IOException {
        try {
            store.delete(id, who);
            http.send(204, null, new byte[0]);
        } catch (DriveStore.NotFound e) {
            notFound(http, id);
        }
    }

    void createPermission(Http http, String id, DriveStore.Account who) throws IOException {
        JsonNode body = http.jsonBody();
        if (!"anyone".equals(body.path("type").asText()) || !"reader".equals(body.path("role").asText())) {
            http.error(400, "global", "invalidSharingRequest", "Only anyone/reader is supported by the fake.", null);
            return;
        }
        try {
            store.share(id, who);
        } catch (DriveStore.NotFound e) {
            notFound(http, id);
            return;
        }
        http.json(200, Http.JSON.createObjectNode().put("kind", "drive#permission").put("id", "anyoneWithLink")
                .put("type", "anyone").put("role", "reader").put("allowFileDiscovery", false));
    }

    static List<String> parents(JsonNode meta) {
        List<String> parents = new ArrayList<>();
        meta.path("parents").forEach(p -> parents.add(p.asText()));
        return parents;
    }

    static void notFound(Http http, String idOrMessage) throws IOException {
        String msg = idOrMessage.startsWith("File not found") ? idOrMessage : "File not found: " + idOrMessage + ".";
        http.error(404, "global", "notFound", msg, null);
    }

    static ObjectNode json(DriveStore.FakeFile f, DriveStore.Account who) {
        ObjectNode n = Http.JSON.createObjectNode().put("kind", "drive#file").put("id", f.id()).put("name", f.name())
                .put("mimeType", f.mimeType());
        ArrayNode parents = n.putArray("parents");
        f.parents().forEach(parents::add);
        if (!f.isFolder()) {
            n.put("size", Long.toString(f.content().length)).put("md5Checksum", f.md5())
                    .put("sha256Checksum", f.sha256());
        }
        n.put("version", Long.toString(f.version())).put("createdTime", time(f.created()))
                .put("modifiedTime", time(f.modified())).put("trashed", f.trashed());
        if (f.modifier() != null) {
            n.putObject("lastModifyingUser").put("kind", "drive#user").put("displayName", f.modifier().displayName())
                    .put("emailAddress", f.modifier().email()).put("me", f.modifier().equals(who));
        }
        return n;
    }

    private static String time(Instant t) {
        return RFC3339.format(t);
    }
}
