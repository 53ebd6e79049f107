package io.medreason.chinese;

import io.medreason.chinese.internal.Dictionaries;
import io.medreason.chinese.internal.MedicalDictionary;
import io.medreason.chinese.internal.MedicalPass;
import io.medreason.chinese.internal.PhraseTrie;
import io.medreason.chinese.internal.Profile;
import io.medreason.chinese.internal.StagedConverter;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Chinese script conversion as OpenCC {@value #OPENCC_VERSION} converts: its dictionaries (shipped unchanged) and its
 * configurations' semantics (normalization pre-pass, maximum-match segmentation, then the stages of the
 * configuration in order, with {@code union} and {@code short_circuit} dictionary groups).
 *
 * <pre>{@code
 * ChineseConverter s2twp = ChineseConverter.of("s2twp");
 * s2twp.convert("皮肤科的信息系统");            // 皮膚科的資訊系統
 * s2twp.convertWithChanges(text).changes();   // ranges to highlight
 * }</pre>
 *
 * Instances are immutable and thread-safe; each profile is built once (the first call to {@link #of} for a profile
 * loads the dictionaries, well under a second) and shared.
 */
public final class ChineseConverter {

    /** The OpenCC release whose dictionaries and configurations the profiles follow (npm package {@code opencc}). */
    public static final String OPENCC_VERSION = "1.4.2";

    private static final Map<String, ChineseConverter> CACHE = new ConcurrentHashMap<>();

    private final Profile profile;
    private final StagedConverter engine;

    private ChineseConverter(Profile profile, StagedConverter engine) {
        this.profile = profile;
        this.engine = engine;
    }

    /**
     * The converter for {@code profile}: {@code s2t}, {@code s2tw}, {@code s2twp}, {@code t2s}, {@code tw2s},
     * {@code tw2sp}, {@code s2hk} (as OpenCC's configurations of the same name) or {@code s2twp-med}
     * ({@code s2twp} plus the project's medical Taiwan terms).
     *
     * @throws IllegalArgumentException for an unknown profile; the message lists the known ones
     */
    public static ChineseConverter of(String profile) {
        Profile known = profile == null ? null : Profile.byId(profile);
        if (known == null) {
            throw new IllegalArgumentException(
                    "unknown conversion profile '" + profile + "'; known profiles: " + String.join(", ", profiles()));
        }
        ChineseConverter cached = CACHE.get(known.id());
        if (cached == null) {
            synchronized (CACHE) { // one build per profile; s2twp-med builds s2twp first (re-entrant)
                cached = CACHE.get(known.id());
                if (cached == null) {
                    cached = build(known);
                    CACHE.put(known.id(), cached);
                }
            }
        }
        return cached;
    }

    /** The profile names {@link #of} accepts, in a stable order. */
    public static List<String> profiles() {
        return Arrays.stream(Profile.values()).map(Profile::id).toList();
    }

    private static ChineseConverter build(Profile profile) {
        Dictionaries dictionaries = Dictionaries.shipped();
        MedicalPass medical = null;
        if (profile.medical()) {
            StagedConverter s2twp = of(Profile.S2TWP.id()).engine;
            medical = new MedicalPass(PhraseTrie.of(MedicalDictionary.entries(s2twp::convert)));
        }
        return new ChineseConverter(profile, new StagedConverter(profile.config(), dictionaries, medical));
    }

    /** This converter's profile name. */
    public String profile() {
        return profile.id();
    }

    /** Converts {@code text}; anything outside the dictionaries (Latin, digits, emoji…) passes through unchanged. */
    public String convert(String text) {
        return engine.convert(text);
    }

    /** Converts {@code text} and reports which ranges changed, e.g. to highlight them. */
    public Conversion convertWithChanges(String text) {
        return Conversion.of(text, engine.pieces(text));
    }

    @Override
    public String toString() {
        return "ChineseConverter[" + profile.id() + "]";
    }
}
