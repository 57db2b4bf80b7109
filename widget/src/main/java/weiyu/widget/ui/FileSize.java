package weiyu.widget.ui;

/** "820 B", "1.5 KB", "12 MB": one decimal below 10 units, none above. */
public final class FileSize {
    private FileSize() {
    }

    /** Empty for unknown (negative or zero) sizes. */
    public static String format(int bytes) {
        if (bytes <= 0) {
            return "";
        }
        double value = bytes;
        int unit = 0;
        while (value >= 1024 && unit < 3) {
            value /= 1024;
            unit++;
        }
        if (unit == 0) {
            return bytes + " B";
        }
        // floor(x + 0.5), Math.round for a positive x: Math.round returns a long, emulated with BigInt.
        int tenths = (int) Math.floor(value * 10 + 0.5);
        String number = tenths < 100 ? (tenths / 10) + "." + (tenths % 10) : String.valueOf((tenths + 5) / 10);
        // The unit's letter from a string, not a static array (that costs a class initialiser).
        return number + " " + "KMG".charAt(unit - 1) + "B";
    }
}
