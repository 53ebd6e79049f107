package io.medreason.core.run;

import java.util.Locale;

/**
 * The training settings as {@code train --help} prints them and as the README's table lists them, both made from
 * {@link TrainingOption} (a test keeps the README's copy equal to {@link #markdownTable()}).
 */
public final class TrainingOptionsHelp {

    private TrainingOptionsHelp() {
    }

    /** One line per setting, grouped by part: flag with its value, help, default. */
    public static String text() {
        StringBuilder out = new StringBuilder();
        for (TrainingOption.Part part : TrainingOption.Part.values()) {
            out.append("  ").append(part.name().toLowerCase(Locale.ROOT)).append('\n');
            for (TrainingOption o : TrainingOption.values()) {
                if (o.part() == part) {
                    out.append(String.format(Locale.ROOT, "    %-34s %s%s%n", flag(o), o.help(),
                            o.defaultText().isEmpty() || o.isSwitch() ? "" : " (default " + o.defaultText() + ")"));
                }
            }
        }
        return out.toString().stripTrailing();
    }

    /** The README's table: part, flag / JSON key, default, meaning. */
    public static String markdownTable() {
        StringBuilder out = new StringBuilder("| part | flag and `training_config.json` key | default | meaning |\n"
                + "|---|---|---|---|\n");
        for (TrainingOption o : TrainingOption.values()) {
            out.append("| ").append(o.part().name().toLowerCase(Locale.ROOT)).append(" | `").append(flag(o).replace("|", "\\|"))
                    .append("` | ").append(o.isSwitch() ? "off" : o.defaultText().isEmpty() ? "—"
                            : "`" + o.defaultText() + "`")
                    .append(" | ").append(o.help().replace("|", "\\|")).append(" |\n");
        }
        return out.toString();
    }

    /** The flag as typed: {@code --lora-r N}, {@code --device auto|cpu|gpu}, {@code --resume}. */
    static String flag(TrainingOption o) {
        String value = switch (o.kind()) {
            case SWITCH -> "";
            case PATH -> o == TrainingOption.DATA || o == TrainingOption.EVAL_DATA ? " FILE" : " DIR";
            case CHOICE -> " " + String.join("|", o.choices());
            case LIST -> " A,B,…";
            case DECIMAL -> " X";
            case TEXT -> " NAME";
            default -> " N";
        };
        return "--" + o.key() + value;
    }
}
