package weiyu.widget.chat;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class MessageTypesTest {
    @Test
    void receiptStatusesOnlyMoveForward() {
        assertTrue(MessageTypes.advances("SENDING", "SUCCESS"));
        assertTrue(MessageTypes.advances("SUCCESS", "DELIVERED"));
        assertTrue(MessageTypes.advances("DELIVERED", "READ"));
        assertTrue(MessageTypes.advances("ERROR", "READ"));
        assertTrue(MessageTypes.advances(null, "SUCCESS"));
        assertFalse(MessageTypes.advances("READ", "DELIVERED"));
        assertFalse(MessageTypes.advances("READ", "READ"));
        assertFalse(MessageTypes.advances("SUCCESS", "RECALL"));
        assertFalse(MessageTypes.advances("SUCCESS", ",READ,"));
    }

    @Test
    void setsAreExactWords() {
        assertTrue(MessageTypes.isSignal("TYPING"));
        assertFalse(MessageTypes.isSignal("TYP"));
        assertFalse(MessageTypes.isSignal("TYPING,READ"));
        assertFalse(MessageTypes.isSignal(""));
        assertFalse(MessageTypes.isSignal(null));
        assertTrue(MessageTypes.isSystemLine("SOMETHING_NEW"));
        assertTrue(MessageTypes.isSystemLine(null));
        assertFalse(MessageTypes.isSystemLine("TEXT"));
        assertTrue(MessageTypes.wantsReceipt("IMAGE"));
        assertFalse(MessageTypes.wantsReceipt("WELCOME"));
    }
}
