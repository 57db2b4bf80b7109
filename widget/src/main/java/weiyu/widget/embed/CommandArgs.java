package weiyu.widget.embed;

/** The arguments of one {@code weiyu(name, ...)} call, read without browser types. */
public interface CommandArgs {
    /** Argument {@code index} (0 = first after the name) as a string, or null when absent or not a string. */
    String string(int index);

    /** Field {@code name} of argument {@code index} when it is an object and the field a string, else null. */
    String field(int index, String name);

    /** True when argument {@code index} is a function (for 'on'). */
    boolean isFunction(int index);
}
