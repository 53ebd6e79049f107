package io.medreason.core.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Parsed {@code --name value} / {@code --switch} arguments of one subcommand. The caller declares which names take a
 * value and which are switches; anything else is a {@link UsageException} naming the flag.
 */
public final class Flags {

    private final Map<String, String> values = new LinkedHashMap<>();
    private final Set<String> switches = new LinkedHashSet<>();
    private final List<String> positional = new ArrayList<>();

    private Flags() {
    }

    /**
     * Parses {@code args}. Both {@code --name value} and {@code --name=value} are accepted; {@code --} ends flags.
     *
     * @param valued names (without dashes) that take a value
     * @param switchNames names (without dashes) that take none
     */
    public static Flags parse(List<String> args, Set<String> valued, Set<String> switchNames) {
        Flags flags = new Flags();
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            if (arg.equals("--")) {
                flags.positional.addAll(args.subList(i + 1, args.size()));
                break;
            }
            if (!arg.startsWith("--") || arg.length() == 2) {
                flags.positional.add(arg);
                continue;
            }
            String name = arg.substring(2);
            String inline = null;
            int eq = name.indexOf('=');
            if (eq >= 0) {
                inline = name.substring(eq + 1);
                name = name.substring(0, eq);
            }
            if (switchNames.contains(name) && inline == null) {
                flags.switches.add(name);
            } else if (valued.contains(name)) {
                if (inline == null) {
                    if (i + 1 >= args.size()) {
                        throw new UsageException("flag --" + name + " needs a value");
                    }
                    inline = args.get(++i);
                }
                flags.values.put(name, inline);
            } else {
                throw new UsageException("unknown flag --" + name);
            }
        }
        return flags;
    }

    public boolean has(String name) {
        return values.containsKey(name) || switches.contains(name);
    }

    public String string(String name, String fallback) {
        return values.getOrDefault(name, fallback);
    }

    public String required(String name) {
        String value = values.get(name);
        if (value == null) {
            throw new UsageException("missing required flag --" + name);
        }
        return value;
    }

    public int integer(String name, int fallback) {
        String value = values.get(name);
        if (value == null) {
            return fallback;
        }
        try {
            return Integer.parseInt(value.trim());
        } catch (NumberFormatException e) {
            throw new UsageException("flag --" + name + " wants a whole number, got '" + value + "'");
        }
    }

    public long longValue(String name, long fallback) {
        String value = values.get(name);
        if (value == null) {
            return fallback;
        }
        try {
            return Long.parseLong(value.trim());
        } catch (NumberFormatException e) {
            throw new UsageException("flag --" + name + " wants a whole number, got '" + value + "'");
        }
    }

    public double decimal(String name, double fallback) {
        String value = values.get(name);
        if (value == null) {
            return fallback;
        }
        try {
            return Double.parseDouble(value.trim());
        } catch (NumberFormatException e) {
            throw new UsageException("flag --" + name + " wants a number, got '" + value + "'");
        }
    }

    /** A path that must exist (file or folder); the error names the flag and the path. */
    public Path existingPath(String name) {
        Path path = Path.of(required(name));
        if (!Files.exists(path)) {
            throw new UsageException("--" + name + ": " + path + " does not exist");
        }
        return path;
    }

    public List<String> positional() {
        return List.copyOf(positional);
    }
}
