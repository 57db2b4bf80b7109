package weiyu.server.visitor;

import java.util.Locale;
import java.util.Map;

/**
 * What an uploaded file is served as. Only media a browser shows without running anything
 * (raster images, audio, video) are served inline with their own type; everything else,
 * SVG and HTML included, goes out as an attachment, so an upload can never become a page
 * on our origin.
 */
final class SafeFileTypes {
    /** A served type and whether it may show inline. */
    record Served(String contentType, boolean inline) {
    }

    private static final Served DOWNLOAD = new Served("application/octet-stream", false);
    private static final Map<String, Served> BY_EXTENSION = Map.ofEntries(
            Map.entry("png", new Served("image/png", true)),
            Map.entry("jpg", new Served("image/jpeg", true)),
            Map.entry("jpeg", new Served("image/jpeg", true)),
            Map.entry("gif", new Served("image/gif", true)),
            Map.entry("webp", new Served("image/webp", true)),
            Map.entry("mp3", new Served("audio/mpeg", true)),
            Map.entry("wav", new Served("audio/wav", true)),
            Map.entry("mp4", new Served("video/mp4", true)),
            Map.entry("webm", new Served("video/webm", true)),
            Map.entry("pdf", new Served("application/pdf", false)),
            Map.entry("txt", new Served("text/plain;charset=utf-8", false)));

    private SafeFileTypes() {
    }

    /** The extension to keep from a client's file name: lower-case, 1-8 letters or digits, else "". */
    static String extensionOf(String clientFileName) {
        if (clientFileName == null) {
            return "";
        }
        int dot = clientFileName.lastIndexOf('.');
        String ext = dot < 0 ? "" : clientFileName.substring(dot + 1).toLowerCase(Locale.ROOT);
        return ext.matches("[a-z0-9]{1,8}") ? ext : "";
    }

    static Served forExtension(String ext) {
        return BY_EXTENSION.getOrDefault(ext, DOWNLOAD);
    }
}
