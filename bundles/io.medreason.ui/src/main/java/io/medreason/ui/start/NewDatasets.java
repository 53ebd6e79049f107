package io.medreason.ui.start;

import io.medreason.dataset.io.DatasetIO;
import io.medreason.dataset.model.Container;
import io.medreason.dataset.model.Dataset;
import io.medreason.dataset.model.DatasetFactory;
import io.medreason.dataset.model.DatasetFormat;
import io.medreason.dataset.model.Record;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * The bytes of a new SFT data set file in one of the formats the data set model reads (medical-o1, Alpaca,
 * ShareGPT, OpenAI messages), as a JSON array or JSON Lines, empty or with one example record — written by
 * {@link DatasetIO} itself, so the file reads back as the format chosen.
 */
public final class NewDatasets {

    /** The formats offered, in the wizard's order (raw text is no SFT format of the recipe). */
    public static final List<DatasetFormat> FORMATS = List.of(DatasetFormat.MEDICAL_O1, DatasetFormat.ALPACA,
            DatasetFormat.SHAREGPT, DatasetFormat.OPENAI_MESSAGES);

    static final String QUESTION = "醫生，我最近早上起床都會頭暈，這是什麼原因？";
    static final String REASONING = "晨起頭暈常見的原因有姿勢性低血壓、睡眠不足、貧血或內耳問題。"
            + "應先詢問持續時間、是否伴隨耳鳴或胸悶，並量測血壓。";
    static final String RESPONSE = "早上起床頭暈多與姿勢性低血壓有關：起床時先坐一分鐘再站起來。"
            + "若伴隨胸痛、說話不清或單側無力，請立即就醫。";

    private NewDatasets() {
    }

    /** The file's bytes: an empty array ({@code []}) or an empty JSON Lines file, or one example record. */
    public static byte[] contents(DatasetFormat format, Container container, boolean example) {
        if (!example) {
            return (container == Container.JSON_ARRAY ? "[]\n" : "").getBytes(java.nio.charset.StandardCharsets.UTF_8);
        }
        Dataset dataset = DatasetFactory.eINSTANCE.createDataset();
        dataset.setFormat(format);
        dataset.setContainer(container);
        Record r = DatasetFactory.eINSTANCE.createRecord();
        r.setQuestion(QUESTION);
        if (format == DatasetFormat.MEDICAL_O1) {
            r.setReasoning(REASONING);
        }
        r.setResponse(RESPONSE);
        dataset.getRecords().add(r);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            DatasetIO.write(dataset, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** The file name extension of a container. */
    public static String extension(Container container) {
        return container == Container.JSON_LINES ? "jsonl" : "json";
    }
}
