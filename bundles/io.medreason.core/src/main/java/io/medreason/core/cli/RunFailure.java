package io.medreason.core.cli;

/**
 * A run that cannot go on for a reason the user can act on (say, FP16 overflowing at every step): the command line
 * prints the message alone, without a class name or stack trace, and exits with status 1.
 */
public class RunFailure extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public RunFailure(String message) {
        super(message);
    }
}
