package io.medreason.engine.generate;

/** Receives generated text as it becomes complete (whole UTF-8 characters only). */
@FunctionalInterface
public interface TextListener {

    void onText(String text);
}
