package io.medreason.dataset.stats;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;

import io.medreason.core.cli.UsageException;
import io.medreason.dataset.io.Records;
import io.medreason.dataset.model.Record;

/**
 * A {@link RecordRenderer} on the core bundle's {@code io.medreason.core.template.PromptTemplate} (built-in
 * {@code chatml-reasoning}, {@code alpaca-reasoning}, {@code raw}, or a template file).
 *
 * <p>The core bundle does not export {@code io.medreason.core.template} yet, so it is reached reflectively (this works
 * on the command line's plain class path, and in OSGi once the package is exported); replace the reflection with
 * direct calls when it is.
 */
public final class TemplateRenderer implements RecordRenderer {

    /** Qwen's end-of-turn text, used by {@code alpaca-reasoning}. */
    public static final String QWEN_EOS = "<|im_end|>";

    private static final String PACKAGE = "io.medreason.core.template.";

    private final Object template;
    private final String name;
    private final Method render;
    private final Method of;
    private final Method text;
    private final Method renderedText;

    private TemplateRenderer(Object template) throws ReflectiveOperationException {
        Class<?> templateType = Class.forName(PACKAGE + "PromptTemplate");
        Class<?> recordType = Class.forName(PACKAGE + "SftRecord");
        this.template = template;
        this.name = (String) templateType.getMethod("name").invoke(template);
        this.render = templateType.getMethod("render", recordType);
        this.of = recordType.getMethod("of", String.class, String.class, String.class);
        this.text = recordType.getMethod("text", String.class);
        this.renderedText = Class.forName(PACKAGE + "Rendered").getMethod("text");
    }

    /**
     * The template named {@code nameOrFile}.
     *
     * @throws UsageException for an unknown template or an unreadable template file
     */
    public static TemplateRenderer resolve(String nameOrFile) {
        Object template;
        try {
            Class<?> templateType = Class.forName(PACKAGE + "PromptTemplate");
            template = templateType.getMethod("resolve", String.class, String.class).invoke(null, nameOrFile, QWEN_EOS);
            return new TemplateRenderer(template);
        } catch (InvocationTargetException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new UsageException("--template " + nameOrFile + ": " + e.getCause(), e.getCause());
        } catch (ReflectiveOperationException | LinkageError e) {
            throw new UsageException("--template: prompt templates are not available here (" + e + ")", e);
        }
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public String render(Record record) {
        try {
            Object sft = Records.isRawText(record) ? text.invoke(null, record.getText())
                    : of.invoke(null, Records.prompt(record), record.getReasoning(), record.getResponse());
            return (String) renderedText.invoke(render.invoke(template, sft));
        } catch (InvocationTargetException e) {
            throw e.getCause() instanceof RuntimeException runtime ? runtime : new IllegalStateException(e.getCause());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }
}
