package io.medreason.dataset.io;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.medreason.dataset.model.DatasetFormat;

/**
 * The JSON keys of each {@link DatasetFormat} and the record role each one fills, in the order the format writes them.
 */
public final class FormatMapping {

    private static final Map<DatasetFormat, FormatMapping> MAPPINGS = Map.of(
            DatasetFormat.MEDICAL_O1, new FormatMapping(DatasetFormat.MEDICAL_O1,
                    keys("Question", Role.QUESTION, "Complex_CoT", Role.REASONING, "Response", Role.RESPONSE)),
            DatasetFormat.TEXT, new FormatMapping(DatasetFormat.TEXT, keys("text", Role.TEXT)),
            DatasetFormat.ALPACA, new FormatMapping(DatasetFormat.ALPACA,
                    keys("instruction", Role.QUESTION, "input", Role.INPUT, "output", Role.RESPONSE)),
            DatasetFormat.SHAREGPT, new FormatMapping(DatasetFormat.SHAREGPT, keys("conversations", Role.CONVERSATION)),
            DatasetFormat.OPENAI_MESSAGES, new FormatMapping(DatasetFormat.OPENAI_MESSAGES,
                    keys("messages", Role.CONVERSATION)));

    /** Detection order: the first format one of whose keys a record has wins (Alpaca: instruction or output). */
    private static final List<DatasetFormat> DETECTION_ORDER = List.of(DatasetFormat.MEDICAL_O1,
            DatasetFormat.SHAREGPT, DatasetFormat.OPENAI_MESSAGES, DatasetFormat.ALPACA, DatasetFormat.TEXT);

    private final DatasetFormat format;
    private final Map<String, Role> roles;
    private final Map<Role, String> keys = new LinkedHashMap<>();
    private final List<Role> roleOrder;

    private FormatMapping(DatasetFormat format, Map<String, Role> roles) {
        this.format = format;
        this.roles = roles;
        roles.forEach((key, role) -> keys.put(role, key));
        this.roleOrder = List.copyOf(keys.keySet());
    }

    private static Map<String, Role> keys(Object... pairs) {
        Map<String, Role> map = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.put((String) pairs[i], (Role) pairs[i + 1]);
        }
        return map;
    }

    public static FormatMapping of(DatasetFormat format) {
        return MAPPINGS.get(format);
    }

    /** The format whose keys a record with these keys uses, or null when none does. */
    public static DatasetFormat detect(Collection<String> recordKeys) {
        for (DatasetFormat format : DETECTION_ORDER) {
            Set<String> formatKeys = of(format).roles.keySet();
            if (format == DatasetFormat.ALPACA) {
                if (recordKeys.contains("instruction") || recordKeys.contains("output")) {
                    return format;
                }
            } else if (recordKeys.stream().anyMatch(formatKeys::contains)) {
                return format;
            }
        }
        return null;
    }

    public DatasetFormat format() {
        return format;
    }

    /** The role of {@code key} in this format, or null for a key the format does not know. */
    public Role role(String key) {
        return roles.get(key);
    }

    /** The key this format writes {@code role} under, or null. */
    public String key(Role role) {
        return keys.get(role);
    }

    /** Keys in the order the format writes them. */
    public List<String> keys() {
        return List.copyOf(roles.keySet());
    }

    /** Roles in the order the format writes them. */
    public List<Role> roles() {
        return roleOrder;
    }

    /** Position of {@code role} in the format's order, or -1. */
    public int position(Role role) {
        return roleOrder.indexOf(role);
    }

    public boolean isConversation() {
        return keys.containsKey(Role.CONVERSATION);
    }
}
