package weiyu.widget.ui;

/**
 * Makes the site's accent colour safe for white text (WCAG AA, 4.5:1): a light accent is
 * darkened step by step; the launcher keeps the original (an icon needs only 3:1).
 */
public final class Contrast {
    private Contrast() {
    }

    /** {@code #rrggbb} (or {@code #rgb}) in, {@code #rrggbb} out, white text on it reaching 4.5:1. */
    public static String forWhiteText(String hex) {
        int[] rgb = parse(hex);
        for (int step = 0; step < 40 && ratioWithWhite(rgb) < 4.5; step++) {
            for (int i = 0; i < 3; i++) {
                rgb[i] = rgb[i] * 92 / 100;
            }
        }
        return toHex(rgb);
    }

    public static double ratioWithWhite(int[] rgb) {
        return 1.05 / (luminance(rgb) + 0.05);
    }

    /** The WCAG contrast ratio of two hex colours (1 to 21). */
    public static double ratio(String a, String b) {
        double la = luminance(parse(a));
        double lb = luminance(parse(b));
        return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
    }

    private static double luminance(int[] rgb) {
        return 0.2126 * linear(rgb[0]) + 0.7152 * linear(rgb[1]) + 0.0722 * linear(rgb[2]);
    }

    /** The colour was checked by CssColor; read digit by digit, so no Integer.parseInt in the bundle. */
    static int[] parse(String hex) {
        int[] rgb = new int[3];
        for (int i = 0; i < 3; i++) {
            // #rgb doubles each digit: 0xf is 0xff, i.e. times 17.
            rgb[i] = hex.length() == 4 ? digit(hex.charAt(1 + i)) * 17
                    : digit(hex.charAt(1 + 2 * i)) * 16 + digit(hex.charAt(2 + 2 * i));
        }
        return rgb;
    }

    private static int digit(char c) {
        return c <= '9' ? c - '0' : (c | 0x20) - 'a' + 10;
    }

    private static double linear(int channel) {
        double c = channel / 255.0;
        return c <= 0.03928 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
    }

    private static String toHex(int[] rgb) {
        // A leading 1 keeps the zeros: 0x1000000 | 0x00ff00 is "100ff00".
        return "#" + Integer.toHexString(0x1000000 | rgb[0] << 16 | rgb[1] << 8 | rgb[2]).substring(1);
    }
}
