package io.medreason.engine.train;

import io.medreason.chinese.ChineseConverter;
import io.medreason.core.run.TrainingConfig;
import io.medreason.core.template.PromptTemplate;
import io.medreason.core.template.SftRecord;
import io.medreason.engine.text.QwenTokenizer;

import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * The records of a run as tokens: reads the data file, holds out the evaluation records ({@code --eval-data} or a
 * seeded {@code --eval-fraction}), converts, templates, tokenizes and truncates both parts.
 *
 * @param train examples that train
 * @param eval held-out examples (may be empty)
 * @param trainStats counts of the training records
 */
public record TrainingData(List<TokenizedExample> train, List<TokenizedExample> eval, EncodeStats trainStats) {

    /** Builds the run's data from {@code config}. */
    public static TrainingData load(TrainingConfig config, QwenTokenizer tokenizer) {
        List<SftRecord> records = RecordReader.read(config.data().path());
        List<SftRecord> held = new ArrayList<>();
        if (config.data().evalData() != null) {
            held.addAll(RecordReader.read(config.data().evalData()));
        } else if (config.data().evalFraction() > 0) {
            int k = Math.max(1, (int) Math.round(records.size() * config.data().evalFraction()));
            int[] order = EpochOrder.of(records.size(), ~config.optimization().seed(), 0, true);
            boolean[] out = new boolean[records.size()];
            for (int i = 0; i < k; i++) {
                out[order[i]] = true;
            }
            List<SftRecord> kept = new ArrayList<>();
            for (int i = 0; i < records.size(); i++) {
                (out[i] ? held : kept).add(records.get(i));
            }
            records = kept;
        }
        TrainingConfig.Data d = config.data();
        ExampleEncoder encoder = new ExampleEncoder(PromptTemplate.resolve(d.template(), QwenTokenizer.IM_END),
                converter(d.convert()), tokenizer::encode, d.maxLength(), d.trainOn().equals("all"),
                d.truncation().equals("drop"));
        ExampleEncoder.Result train = encoder.encode(records);
        ExampleEncoder.Result eval = encoder.encode(held);
        return new TrainingData(train.examples(), eval.examples(), train.stats());
    }

    /** The script conversion of {@code --convert}: OpenCC-exact {@code s2twp}, {@code s2tw}, {@code s2t}, or none. */
    public static UnaryOperator<String> converter(String profile) {
        if (profile.equals("none")) {
            return UnaryOperator.identity();
        }
        ChineseConverter converter = ChineseConverter.of(profile);
        return converter::convert;
    }
}
