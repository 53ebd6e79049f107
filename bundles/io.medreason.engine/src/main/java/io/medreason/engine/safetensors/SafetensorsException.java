package io.medreason.engine.safetensors;

import io.medreason.core.cli.UsageException;

/** A checkpoint file that cannot be used; the message names the file and, where there is one, the tensor. */
public class SafetensorsException extends UsageException {

    private static final long serialVersionUID = 1L;

    public SafetensorsException(String message) {
        super(message);
    }

    public SafetensorsException(String message, Throwable cause) {
        super(message, cause);
    }
}
