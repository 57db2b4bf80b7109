package weiyu.widget.stomp;

/** Uniform random numbers in [0, 1), injected so backoff jitter is testable. */
public interface RandomSource {
    double next();
}
