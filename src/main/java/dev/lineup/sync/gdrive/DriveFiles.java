package dev.lineup.sync.gdrive;

import com.google.api.client.util.DateTime;
import com.google.api.services.drive.model.File;
import dev.lineup.sync.ProblemKind;
import dev.lineup.sync.RemoteFile;
import dev.lineup.sync.SyncException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/** Drive's file resource as the sync package sees it: RemoteFile, RemoteChanged, MIME types, md5. */
final class DriveFiles {
    private DriveFiles() {
    }

    static SyncException remoteChanged(String name, File now, String expected) {
        Map<String, String> facts = new LinkedHashMap<>();
        facts.put("file", name);
        facts.put("expectedRevision", String.valueOf(expected));
        String detail;
        if (now == null) {
            facts.put("changedBy", "unknown (the file was deleted)");
            detail = "it was deleted";
        } else {
            String who = now.getLastModifyingUser() == null ? "unknown" : now.getLastModifyingUser().getDisplayName()
                    + (now.getLastModifyingUser().getEmailAddress() == null ? ""
                    : " <" + now.getLastModifyingUser().getEmailAddress() + ">");
            facts.put("actualRevision", String.valueOf(now.getVersion()));
            facts.put("changedBy", who);
            facts.put("changedAt", String.valueOf(instant(now.getModifiedTime())));
            detail = "now revision " + now.getVersion() + ", changed by " + who + " at " + instant(now.getModifiedTime());
        }
        return new SyncException(ProblemKind.REMOTE_CHANGED, "Google Drive: '" + name + "' changed since revision "
                + expected + " (" + detail + ")", facts, null, null);
    }

    static RemoteFile remote(File f) {
        String by = f.getLastModifyingUser() == null ? null : f.getLastModifyingUser().getDisplayName()
                + (f.getLastModifyingUser().getEmailAddress() == null ? ""
                : " <" + f.getLastModifyingUser().getEmailAddress() + ">");
        return new RemoteFile(f.getName(), f.getId(), f.getSize() == null ? 0 : f.getSize(),
                String.valueOf(f.getVersion()), f.getMd5Checksum(), instant(f.getCreatedTime()),
                instant(f.getModifiedTime()), by);
    }

    static Instant instant(DateTime t) {
        return t == null ? null : Instant.ofEpochMilli(t.getValue());
    }

    static String mimeType(String name) {
        String n = name.toLowerCase(java.util.Locale.ROOT);
        if (n.endsWith(".m3u") || n.endsWith(".m3u8")) {
            return "audio/x-mpegurl";
        }
        if (n.endsWith(".gz")) {
            return "application/gzip";
        }
        if (n.endsWith(".xml")) {
            return "application/xml";
        }
        return n.endsWith(".json") ? "application/json" : "application/octet-stream";
    }

    static MessageDigest md5() {
        try {
            return MessageDigest.getInstance("MD5");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("MD5 missing from the JDK", e);
        }
    }
}
