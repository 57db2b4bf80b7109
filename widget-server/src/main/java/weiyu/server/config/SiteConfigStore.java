package weiyu.server.config;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Optional;
import weiyu.widget.config.SiteId;

/**
 * Per-site configs in {@code <config-dir>/sites/}. Ids are checked against {@link SiteId}
 * before any path is built, so no id can reach a file outside that folder.
 */
public final class SiteConfigStore {
    private final Path sitesDir;

    public SiteConfigStore(Path configDir) {
        this.sitesDir = configDir.resolve("sites");
    }

    /** Empty when no such site exists; {@link SiteConfig.Malformed} when its file is broken. */
    public Optional<SiteConfig> find(String site) throws SiteConfig.Malformed, IOException {
        if (!SiteId.isValid(site)) {
            return Optional.empty();
        }
        Path file = sitesDir.resolve(site + ".json");
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            return Optional.empty();
        }
        String json;
        try {
            json = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .decode(java.nio.ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new SiteConfig.Malformed("the file is not UTF-8");
        }
        return Optional.of(SiteConfig.parse(site, json));
    }
}
