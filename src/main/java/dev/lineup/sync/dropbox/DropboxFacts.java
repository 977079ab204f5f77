package dev.lineup.sync.dropbox;

import com.dropbox.core.DbxException;
import com.dropbox.core.v2.DbxClientV2;
import com.dropbox.core.v2.files.FileMetadata;
import com.dropbox.core.v2.files.GetMetadataErrorException;
import com.dropbox.core.v2.files.Metadata;
import com.dropbox.core.v2.sharing.CreateSharedLinkWithSettingsErrorException;
import com.dropbox.core.v2.sharing.SharedLinkAlreadyExistsMetadata;
import com.dropbox.core.v2.sharing.SharedLinkMetadata;
import com.dropbox.core.v2.users.SpaceAllocation;
import com.dropbox.core.v2.users.SpaceUsage;
import dev.lineup.sync.ProblemKind;
import dev.lineup.sync.SyncException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The extra calls that turn a bare failure into something a user can act on (who changed the file,
 * how full the account is), and shared-link lookup. Fact lookups are best effort: if one fails, the
 * original problem is still reported, with fewer facts.
 */
final class DropboxFacts {
    private static final Logger LOG = LoggerFactory.getLogger(DropboxFacts.class);

    Map<String, String> changedBy(DbxClientV2 c, String context, String path, String expected) {
        Map<String, String> facts = new LinkedHashMap<>();
        facts.put("file", path);
        facts.put("expectedRevision", expected);
        try {
            Metadata m = c.files().getMetadata(path);
            if (m instanceof FileMetadata) {
                FileMetadata f = (FileMetadata) m;
                facts.put("remoteRevision", f.getRev());
                facts.put("changedAt", f.getServerModified().toInstant().toString());
                String by = f.getSharingInfo() == null ? null : f.getSharingInfo().getModifiedBy();
                if (by != null) {
                    facts.put("changedByAccount", by);
                    facts.put("changedBy", displayName(c, by));
                }
            }
        } catch (GetMetadataErrorException e) {
            facts.put("changedBy", "someone who deleted it");
        } catch (DbxException e) {
            LOG.debug("{}: could not look up who changed the file: {}", context, e.getClass().getSimpleName());
        }
        return facts;
    }

    static String displayName(DbxClientV2 c, String accountId) {
        try {
            return c.users().getAccount(accountId).getName().getDisplayName();
        } catch (DbxException e) {
            return accountId;
        }
    }

    Map<String, String> quota(DbxClientV2 c) {
        Map<String, String> facts = new LinkedHashMap<>();
        try {
            SpaceUsage usage = c.users().getSpaceUsage();
            SpaceAllocation a = usage.getAllocation();
            long allocated = a.isIndividual() ? a.getIndividualValue().getAllocated()
                    : a.isTeam() ? a.getTeamValue().getAllocated() : -1;
            facts.put("usedBytes", Long.toString(usage.getUsed()));
            if (allocated >= 0) {
                facts.put("allocatedBytes", Long.toString(allocated));
                facts.put("usage", human(usage.getUsed()) + " of " + human(allocated) + " used");
            }
        } catch (DbxException e) {
            LOG.debug("Could not read Dropbox space usage: {}", e.getClass().getSimpleName());
        }
        return facts;
    }

    /** Creates the file's shared link, or finds the one that already exists. */
    String sharedLink(DbxClientV2 c, String context, String path) throws DbxException, SyncException {
        try {
            return c.sharing().createSharedLinkWithSettings(path).getUrl();
        } catch (CreateSharedLinkWithSettingsErrorException e) {
            if (e.errorValue.isPath()) {
                throw DropboxProblems.lookup(context, e.errorValue.getPathValue(), e);
            }
            if (!e.errorValue.isSharedLinkAlreadyExists()) {
                throw new SyncException(ProblemKind.FORBIDDEN, context + ": Dropbox does not allow a shared link here ("
                        + e.errorValue.tag().name().toLowerCase(java.util.Locale.ROOT) + ")", Map.of(), null, e);
            }
            SharedLinkAlreadyExistsMetadata existing = e.errorValue.getSharedLinkAlreadyExistsValue();
            if (existing != null && existing.isMetadata()) {
                return existing.getMetadataValue().getUrl();
            }
        }
        List<SharedLinkMetadata> links = c.sharing().listSharedLinksBuilder().withPath(path).withDirectOnly(true)
                .start().getLinks();
        if (links.isEmpty()) {
            throw new SyncException(ProblemKind.BAD_REQUEST, context + ": Dropbox reports a link but lists none");
        }
        return links.get(0).getUrl();
    }

    static String human(long bytes) {
        if (bytes < 1024 * 1024) {
            return (bytes / 1024) + " KiB";
        }
        if (bytes < 1024L * 1024 * 1024) {
            return String.format(java.util.Locale.ROOT, "%.1f MiB", bytes / 1048576.0);
        }
        return String.format(java.util.Locale.ROOT, "%.1f GiB", bytes / 1073741824.0);
    }
}
