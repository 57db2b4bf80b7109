package weiyu.server.assets;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.zip.Deflater;
import java.util.zip.GZIPOutputStream;

/**
 * The compiled widget.js, loaded once from the widget jar, with its gzip variant
 * (compressed once, at the best level) and a content hash for ETags and versioned URLs.
 */
public final class WidgetBundle {
    public static final String RESOURCE = "weiyu/widget/bundle/widget.js";

    private final byte[] raw;
    private final byte[] gzip;
    private final String hash;

    WidgetBundle(byte[] raw) {
        this.raw = raw;
        this.gzip = gzip(raw);
        this.hash = sha256Hex(raw).substring(0, 16);
    }

    public static WidgetBundle load() {
        try (InputStream in = WidgetBundle.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is not on the classpath: build the widget module first");
            }
            return new WidgetBundle(in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public byte[] raw() {
        return raw;
    }

    public byte[] gzip() {
        return gzip;
    }

    /** First 16 hex digits of the SHA-256 of the raw bytes. */
    public String hash() {
        return hash;
    }

    /** The path that may be cached forever: it changes whenever the content does. */
    public String versionedPath() {
        return "/widget." + hash + ".js";
    }

    private static byte[] gzip(byte[] data) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(out) {
            {
                def.setLevel(Deflater.BEST_COMPRESSION);
            }
        }) {
            gz.write(data);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static String sha256Hex(byte[] data) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(data));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
