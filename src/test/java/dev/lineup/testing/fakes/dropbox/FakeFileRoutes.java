package dev.lineup.testing.fakes.dropbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.lineup.testing.fakes.dropbox.FakeFileSystem.Mode;
import dev.lineup.testing.fakes.dropbox.FakeFileSystem.Node;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;

/** The files/* endpoints, RPC (JSON body) and content (Dropbox-API-Arg header) alike. */
final class FakeFileRoutes {
    private final FakeFileSystem fs;
    private final FakeSessions sessions;
    private volatile int pageSize = 500;

    FakeFileRoutes(FakeFileSystem fs, FakeSessions sessions) {
        this.fs = fs;
        this.sessions = sessions;
    }

    void setPageSize(int pageSize) {
        this.pageSize = pageSize;
    }

    /** Null when the path is not a files route. */
    FakeResponse handle(String route, JsonNode arg, byte[] body, FakeAccounts.Account who, String client) {
        switch (route) {
            case "/2/files/list_folder":
                return listPage(FakeJson.text(arg, "path"), 0, arg.path("limit").asInt(pageSize));
            case "/2/files/list_folder/continue":
                return listContinue(FakeJson.text(arg, "cursor"));
            case "/2/files/get_metadata":
                return FakeResponse.json(meta(existing(FakeJson.text(arg, "path"), "path")));
            case "/2/files/download": {
                Node n = existing(FakeJson.text(arg, "path"), "path");
                if (n.folder()) {
                    throw FakeApiError.conflict("path", "not_file");
                }
                return FakeResponse.download(meta(n), n.data());
            }
            case "/2/files/delete_v2": {
                Node old = fs.delete(FakeJson.text(arg, "path"), FakeJson.text(arg, "parent_rev"), who.id(), client);
                ObjectNode result = FakeJson.object();
                result.set("metadata", meta(old));
                return FakeResponse.json(result);
            }
            case "/2/files/upload":
                try {
                    return FakeResponse.json(meta(fs.write(FakeJson.text(arg, "path"), body,
                            Mode.of(arg.get("mode")), arg.path("strict_conflict").asBoolean(false), who.id(), client,
                            "path")));
                } catch (FakeApiError e) {
                    throw asUploadWriteFailed(e);
                }
            case "/2/files/upload_session/start": {
                ObjectNode result = FakeJson.object();
                result.put("session_id", sessions.start(body, arg.path("close").asBoolean(false),
                        "concurrent".equals(FakeJson.tag(arg.get("session_type")))));
                return FakeResponse.json(result);
            }
            case "/2/files/upload_session/append_v2": {
                JsonNode cursor = arg.path("cursor");
                sessions.append(FakeJson.text(cursor, "session_id"), cursor.path("offset").asLong(), body,
                        arg.path("close").asBoolean(false));
                return FakeResponse.jsonNull();
            }
            case "/2/files/upload_session/finish":
                return finish(arg, body, who, client);
            default:
                return null;
        }
    }

    /**
     * files/upload's UploadError.path is the struct UploadWriteFailed, flattened into the union:
     * {".tag":"path","reason":WriteError,"upload_session_id":..}; finish keeps {".tag":"path","path":WriteError}.
     */
    private static FakeApiError asUploadWriteFailed(FakeApiError e) {
        if (e.error == null || !"path".equals(e.error.path(".tag").asText())) {
            return e;
        }
        ObjectNode reshaped = FakeJson.object();
        reshaped.put(".tag", "path");
        reshaped.set("reason", e.error.get("path"));
        reshaped.put("upload_session_id", "pid_upload_session:failed");
        return FakeApiError.conflictWith(reshaped, e.summary);
    }

    private FakeResponse finish(JsonNode arg, byte[] body, FakeAccounts.Account who, String client) {
        JsonNode cursor = arg.path("cursor");
        String id = FakeJson.text(cursor, "session_id");
        byte[] all = sessions.finish(id, cursor.path("offset").asLong(), body);
        JsonNode commit = arg.path("commit");
        Node n = fs.write(FakeJson.text(commit, "path"), all, Mode.of(commit.get("mode")),
                commit.path("strict_conflict").asBoolean(false), who.id(), client, "path");
        sessions.committed(id);
        return FakeResponse.json(meta(n));
    }

    private FakeResponse listPage(String folder, int offset, int limit) {
        List<Node> all = fs.children(folder == null ? "" : folder);
        ObjectNode result = FakeJson.object();
        ArrayNode entries = result.putArray("entries");
        int end = Math.min(all.size(), offset + Math.max(1, limit));
        for (Node n : all.subList(Math.min(offset, all.size()), end)) {
            entries.add(meta(n));
        }
        String cursor = (folder == null ? "" : folder) + "\n" + end + "\n" + limit;
        result.put("cursor", "AAF" + Base64.getUrlEncoder().withoutPadding()
                .encodeToString(cursor.getBytes(StandardCharsets.UTF_8)));
        result.put("has_more", end < all.size());
        return FakeResponse.json(result);
    }

    private FakeResponse listContinue(String cursor) {
        String[] parts;
        try {
            parts = new String(Base64.getUrlDecoder().decode(cursor.substring(3)), StandardCharsets.UTF_8)
                    .split("\n", -1);
        } catch (RuntimeException e) {
            throw FakeApiError.conflict("path", "malformed_path");
        }
        return listPage(parts[0], Integer.parseInt(parts[1]), Integer.parseInt(parts[2]));
    }

    /** The file at {@code path}, or null (a share link to a deleted file). */
    Node existingOrNull(String path) {
        return fs.get(path);
    }

    Node existing(String path, String tag) {
        Node n = fs.get(path);
        if (n == null) {
            throw FakeApiError.conflict(tag, "not_found");
        }
        return n;
    }

    ObjectNode meta(Node n) {
        ObjectNode o = FakeJson.object();
        o.put(".tag", n.folder() ? "folder" : "file");
        o.put("name", n.name());
        o.put("id", n.id());
        if (!n.folder()) {
            o.put("client_modified", n.serverModified().toString());
            o.put("server_modified", n.serverModified().toString());
            o.put("rev", n.rev());
            o.put("size", n.data().length);
        }
        o.put("path_lower", FakeFileSystem.lower(n.path()));
        o.put("path_display", n.path());
        String shared = fs.sharedFolderOf(n.path());
        if (shared != null && !n.folder()) {
            ObjectNode sharing = o.putObject("sharing_info");
            sharing.put("read_only", false);
            sharing.put("parent_shared_folder_id", shared);
            if (n.modifiedBy() != null) {
                sharing.put("modified_by", n.modifiedBy());
            }
        }
        if (!n.folder()) {
            o.put("is_downloadable", true);
            o.put("content_hash", n.contentHash());
        }
        return o;
    }
}
