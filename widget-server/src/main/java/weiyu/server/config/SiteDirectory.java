package weiyu.server.config;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * All site configs at once, for questions that span sites: which site serves this org and
 * workgroup (its welcome text), and which origins may call the visitor API (CORS). Re-reads
 * the folder at most every few seconds, so edited configs apply without a restart.
 */
public final class SiteDirectory {
    private static final Logger LOG = LoggerFactory.getLogger(SiteDirectory.class);
    private static final long REFRESH_NANOS = 3_000_000_000L;

    private final Path sitesDir;
    private final SiteConfigStore store;
    private List<SiteConfig> sites = List.of();
    private long readAt;
    private boolean read;

    public SiteDirectory(Path configDir) {
        this.sitesDir = configDir.resolve("sites");
        this.store = new SiteConfigStore(configDir);
    }

    /** The site whose {@code org} and {@code sid} match, if any. */
    public Optional<SiteConfig> find(String orgUid, String sid) {
        return sites().stream().filter(s -> s.org().equals(orgUid) && s.sid().equals(sid)).findFirst();
    }

    /** Every origin any site lists in {@code allowedOrigins}. */
    public Set<String> allowedOrigins() {
        Set<String> out = new LinkedHashSet<>();
        for (SiteConfig s : sites()) {
            out.addAll(s.allowedOrigins());
        }
        return out;
    }

    private synchronized List<SiteConfig> sites() {
        long now = System.nanoTime();
        if (!read || now - readAt > REFRESH_NANOS) {
            sites = readAll();
            readAt = now;
            read = true;
        }
        return sites;
    }

    private List<SiteConfig> readAll() {
        List<SiteConfig> out = new ArrayList<>();
        try (DirectoryStream<Path> files = Files.newDirectoryStream(sitesDir, "*.json")) {
            for (Path file : files) {
                String name = file.getFileName().toString();
                String site = name.substring(0, name.length() - ".json".length());
                try {
                    store.find(site).ifPresent(out::add);
                } catch (SiteConfig.Malformed | IOException e) {
                    LOG.warn("site config {} skipped: {}", name, e.getMessage());
                }
            }
        } catch (NoSuchFileException e) {
            return List.of();
        } catch (IOException e) {
            LOG.warn("cannot list site configs in {}: {}", sitesDir, e.getMessage());
        }
        out.sort((a, b) -> a.site().compareTo(b.site()));
        return List.copyOf(out);
    }
}
