package io.medreason.ui.chinese;

import java.nio.file.Path;
import java.util.List;

/**
 * What the user chose in the <em>Convert Dataset to Traditional Chinese</em> dialog.
 *
 * @param input the data set file
 * @param output where the converted data set goes (the input itself only when {@code overwrite})
 * @param profile the OpenCC profile, e.g. {@code s2twp}
 * @param fields the JSON keys to convert, e.g. {@code Question, Complex_CoT, Response}
 * @param overwrite whether the user asked to replace the input (written atomically)
 */
public record ConvertDatasetRequest(Path input, Path output, String profile, List<String> fields, boolean overwrite) {

    /** The default output: {@code name.zh-TW.json} beside {@code name.json}. */
    public static Path defaultOutput(Path input) {
        String name = input.getFileName().toString();
        int dot = name.lastIndexOf('.');
        String base = dot < 0 ? name : name.substring(0, dot);
        String extension = dot < 0 ? ".json" : name.substring(dot);
        return input.resolveSibling(base + ".zh-TW" + extension);
    }

    /** A message saying what is wrong with the request, or null when it can run. */
    public String problem() {
        if (fields.isEmpty()) {
            return "Choose at least one field to convert 請至少選擇一個欄位";
        }
        if (output.equals(input) && !overwrite) {
            return "The output is the input file: tick \"Overwrite the original\" or choose another file";
        }
        if (!output.equals(input) && output.toFile().exists() && !overwrite) {
            return output.getFileName() + " exists: tick \"Overwrite\" or choose another file";
        }
        return null;
    }
}
