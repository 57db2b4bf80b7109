package weiyu.widget.ui;

/**
 * SVG path data (24x24 view box). The launcher's bubble is filled; every icon inside the
 * panel is drawn as a 1.8px stroke by the stylesheet, so these are simple line paths.
 */
final class Icons {
    private Icons() {
    }

    static final String CHAT = "M12 3C6.5 3 2 6.9 2 11.7c0 2.6 1.3 4.9 3.4 6.5L4.6 22l4.4-2.3c.9.2 1.9.4 3 .4 "
            + "5.5 0 10-3.9 10-8.7S17.5 3 12 3zm-4.5 10a1.3 1.3 0 1 1 0-2.6 1.3 1.3 0 0 1 0 2.6zm4.5 0a1.3 1.3 0 1 1 "
            + "0-2.6 1.3 1.3 0 0 1 0 2.6zm4.5 0a1.3 1.3 0 1 1 0-2.6 1.3 1.3 0 0 1 0 2.6z";
    static final String CLOSE = "M6 6l12 12M18 6L6 18";
    static final String CHEVRON = "M6 9l6 6 6-6";
    static final String SEND = "M4 12l16-8-6 16-2.5-6.5zM11.5 13.5L20 4";
    static final String IMAGE = "M4 5h16v14H4zM4 16l5-5 4 4 3-3 4 4M15.5 8.5h.01";
    static final String ATTACH = "M20 11.5l-8.2 8.2a5 5 0 0 1-7.1-7.1l8.6-8.6a3.3 3.3 0 0 1 4.7 4.7l-8.6 8.6"
            + "a1.7 1.7 0 0 1-2.4-2.4l7.9-7.9";
    static final String EMOJI = "M12 3a9 9 0 1 0 0 18 9 9 0 0 0 0-18zM8.5 14.5s1.3 2 3.5 2 3.5-2 3.5-2M9 9.5h.01M15 9.5h.01";
    static final String SOUND_ON = "M4 9h4l5-4v14l-5-4H4zM16.5 8.5a5 5 0 0 1 0 7M19 6a8.5 8.5 0 0 1 0 12";
    static final String SOUND_OFF = "M4 9h4l5-4v14l-5-4H4zM17 9.5l5 5M22 9.5l-5 5";
    static final String STAR = "M12 3.5l2.6 5.3 5.9.9-4.3 4.1 1 5.8-5.2-2.7-5.2 2.7 1-5.8-4.3-4.1 5.9-.9z";
    static final String FILE = "M14 3H6v18h12V7zM14 3v4h4M9 13h6M9 17h4";
    static final String CHECK = "M5 12.5l4 4L19 7";
}
