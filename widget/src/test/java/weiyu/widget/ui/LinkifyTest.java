package weiyu.widget.ui;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import org.junit.jupiter.api.Test;

class LinkifyTest {
    @Test
    void plainTextIsOneRun() {
        assertArrayEquals(new String[] { "你好" }, Linkify.split("你好"));
        assertArrayEquals(new String[] { "" }, Linkify.split(""));
    }

    @Test
    void findsHttpHttpsAndMailtoAndTrimsTrailingPunctuation() {
        assertArrayEquals(new String[] { "see ", "https://a.example/x?y=1", ". ok" },
                Linkify.split("see https://a.example/x?y=1. ok"));
        assertArrayEquals(new String[] { "(", "http://a.example", ")" }, Linkify.split("(http://a.example)"));
        assertArrayEquals(new String[] { "mail ", "mailto:a@b.cn", "" }, Linkify.split("mail mailto:a@b.cn"));
    }

    @Test
    void chineseTextAroundALinkStaysText() {
        assertArrayEquals(new String[] { "物流见", "https://kd.example/123", "，请查收" },
                Linkify.split("物流见https://kd.example/123，请查收"));
    }

    @Test
    void otherSchemesAndEmbeddedSchemesAreNotLinks() {
        assertArrayEquals(new String[] { "javascript:alert(1)" }, Linkify.split("javascript:alert(1)"));
        assertArrayEquals(new String[] { "xhttps://a.example" }, Linkify.split("xhttps://a.example"));
        assertArrayEquals(new String[] { "https:// alone" }, Linkify.split("https:// alone"));
        assertArrayEquals(new String[] { "", "https://a.example/", "<script>" },
                Linkify.split("https://a.example/<script>"));
    }
}
