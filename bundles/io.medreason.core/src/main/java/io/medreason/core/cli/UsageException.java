package io.medreason.core.cli;

/**
 * Bad input on the command line: a flag, a file, a record or a tensor. The message is one line that names what was
 * wrong; the command line prints it and exits with status 2, without a stack trace unless {@code --debug}.
 */
public class UsageException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public UsageException(String message) {
        super(message);
    }

    public UsageException(String message, Throwable cause) {
        super(message, cause);
    }
}
