package weiyu.server.assets;

/** Reads an Accept-Encoding header just far enough to know whether gzip is welcome. */
final class AcceptEncoding {
    private AcceptEncoding() {
    }

    static boolean allowsGzip(String header) {
        if (header == null) {
            return false;
        }
        for (String item : header.split(",")) {
            String[] parts = item.trim().split(";");
            String coding = parts[0].trim();
            if (!coding.equalsIgnoreCase("gzip") && !coding.equals("*")) {
                continue;
            }
            return !hasZeroQuality(parts);
        }
        return false;
    }

    private static boolean hasZeroQuality(String[] parts) {
        for (int i = 1; i < parts.length; i++) {
            String p = parts[i].trim().replace(" ", "");
            if (p.startsWith("q=")) {
                try {
                    return Double.parseDouble(p.substring(2)) == 0.0;
                } catch (NumberFormatException e) {
                    return true;
                }
            }
        }
        return false;
    }
}
