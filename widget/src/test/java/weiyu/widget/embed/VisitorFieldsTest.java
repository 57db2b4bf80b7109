package weiyu.widget.embed;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import org.junit.jupiter.api.Test;

class VisitorFieldsTest {
    @Test
    void onlyGivenFieldsAreSent() {
        assertArrayEquals(new String[] {"nickname", "Ann", "note", "vip"},
                VisitorFields.of("nickname", "Ann", "email", null, "avatar", " ", "note", "vip"));
        assertArrayEquals(new String[0], VisitorFields.of("nickname", null));
    }
}
