package io.medreason.dataset.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.io.StringWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;

import io.medreason.dataset.model.Dataset;
import io.medreason.dataset.stats.DatasetStatistics;
import io.medreason.dataset.stats.FieldStatistics;
import io.medreason.dataset.validation.Problem;
import io.medreason.dataset.validation.ProblemKind;
import io.medreason.dataset.validation.Validator;

/** Prints the result of {@code medreason stats}: a table for people and, on request, one JSON line for programs. */
final class StatsReport {

    private final Dataset dataset;
    private final DatasetStatistics statistics;
    private final List<Problem> problems;

    StatsReport(Dataset dataset, DatasetStatistics statistics, List<Problem> problems) {
        this.dataset = dataset;
        this.statistics = statistics;
        this.problems = problems;
    }

    void printText(PrintStream out, String lengthNote) {
        out.printf(Locale.ROOT, "data: %s%n", dataset.getSourceFile());
        out.printf(Locale.ROOT, "format: %s, %s, %d records%n", dataset.getFormat().getLiteral(),
                dataset.getContainer().getLiteral(), statistics.records());
        out.printf(Locale.ROOT, "lengths in %s%s; whole record: %s%n", statistics.unit(), lengthNote,
                statistics.wholeRecord());
        out.printf(Locale.ROOT, "%-10s %7s %7s %7s %7s %7s %7s %7s %9s%n", "field", "count", "min", "p50", "p90",
                "p95", "p99", "max", "mean");
        for (FieldStatistics field : statistics.fields().values()) {
            out.printf(Locale.ROOT, "%-10s %7d %7d %7d %7d %7d %7d %7d %9.1f%n", field.field(), field.count(),
                    field.min(), field.p50(), field.p90(), field.p95(), field.p99(), field.max(), field.mean());
        }
        out.printf(Locale.ROOT, "over %d %s: %d records (%.2f%%)%n", statistics.maxLength(), statistics.unit(),
                statistics.overLimit(), statistics.overLimitPercent());
        Map<ProblemKind, Integer> counts = Validator.countByKind(problems);
        out.printf(Locale.ROOT, "problems: %d%n", problems.size());
        counts.forEach((kind, count) -> out.printf(Locale.ROOT, "  %-45s %7d  (first: %s)%n", kind.label(), count,
                problems.stream().filter(p -> p.kind() == kind).findFirst().orElseThrow()));
    }

    void printJson(PrintStream out) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("records", statistics.records());
        json.put("file", dataset.getSourceFile());
        json.put("format", dataset.getFormat().getName());
        json.put("container", dataset.getContainer().getName());
        json.put("unit", statistics.unit());
        json.put("wholeRecord", statistics.wholeRecord());
        json.put("maxLength", statistics.maxLength());
        json.put("overLimit", statistics.overLimit());
        json.put("overLimitPercent", statistics.overLimitPercent());
        Map<String, Object> fields = new LinkedHashMap<>();
        for (FieldStatistics field : statistics.fields().values()) {
            Map<String, Object> f = new LinkedHashMap<>();
            f.put("count", field.count());
            f.put("min", field.min());
            f.put("p50", field.p50());
            f.put("p90", field.p90());
            f.put("p95", field.p95());
            f.put("p99", field.p99());
            f.put("max", field.max());
            f.put("mean", field.mean());
            fields.put(field.field(), f);
        }
        json.put("fields", fields);
        Map<String, Object> kinds = new LinkedHashMap<>();
        Validator.countByKind(problems).forEach((kind, count) -> kinds.put(kind.name(), count));
        json.put("problems", kinds);
        out.println(write(json));
    }

    /** One line of JSON for a map of strings, numbers and nested maps. */
    static String write(Map<String, Object> map) {
        StringWriter text = new StringWriter();
        try (JsonGenerator generator = new JsonFactory().createGenerator(text)) {
            writeMap(generator, map);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return text.toString();
    }

    @SuppressWarnings("unchecked")
    private static void writeMap(JsonGenerator generator, Map<String, Object> map) throws IOException {
        generator.writeStartObject();
        for (Map.Entry<String, Object> entry : map.entrySet()) {
            generator.writeFieldName(entry.getKey());
            Object value = entry.getValue();
            if (value instanceof Map<?, ?> nested) {
                writeMap(generator, (Map<String, Object>) nested);
            } else if (value instanceof Integer number) {
                generator.writeNumber(number);
            } else if (value instanceof Double number) {
                generator.writeNumber(number);
            } else {
                generator.writeString(String.valueOf(value));
            }
        }
        generator.writeEndObject();
    }
}
