package weiyu.server.agent;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class SignInThrottleTest {
    final AtomicLong now = new AtomicLong(1_000_000);
    final SignInThrottle throttle = new SignInThrottle(now::get);

    private void fail(int times) {
        for (int i = 0; i < times; i++) {
            throttle.failed("u");
        }
    }

    @Test
    void theFirstFailuresAreFreeThenTheWaitDoubles() {
        fail(SignInThrottle.FREE_FAILURES);
        assertEquals(0, throttle.waitMs("u"));
        fail(1);
        assertEquals(1000, throttle.waitMs("u"));
        fail(1);
        assertEquals(2000, throttle.waitMs("u"));
        now.addAndGet(500);
        assertEquals(1500, throttle.waitMs("u"));
        assertEquals(0, throttle.waitMs("other"), "per uid");
    }

    @Test
    void theWaitIsCappedAndForgottenOrClearedBySuccess() {
        fail(40);
        assertEquals(SignInThrottle.MAX_WAIT_MS, throttle.waitMs("u"));
        now.addAndGet(SignInThrottle.FORGET_AFTER_MS + 1);
        fail(1);
        assertEquals(0, throttle.waitMs("u"), "a quiet quarter of an hour starts the count again");
        fail(10);
        throttle.succeeded("u");
        assertEquals(0, throttle.waitMs("u"));
    }
}
