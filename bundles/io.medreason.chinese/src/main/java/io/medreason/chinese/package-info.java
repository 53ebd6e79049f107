/**
 * Chinese script conversion that matches OpenCC 1.4.2 (the C++ CLI 1.4.1+ and {@code opencc-js} 1.4.2): OpenCC's own
 * dictionaries ({@code dict/opencc}, Apache-2.0, see its NOTICE) and configuration semantics, in plain Java.
 *
 * <ul>
 * <li>{@link io.medreason.chinese.ChineseConverter}: {@code of(profile)}, {@code convert(text)},
 * {@code convertWithChanges(text)} (changed ranges for highlighting); thread-safe, built once per profile.</li>
 * <li>{@link io.medreason.chinese.DatasetConverter}: converts fields of JSON / JSON Lines datasets by streaming, with
 * progress, cancellation and an atomic output file.</li>
 * <li>Profiles: {@code s2t s2tw s2twp t2s tw2s tw2sp s2hk} as OpenCC 1.4's configurations, and {@code s2twp-med}
 * ({@code s2twp} plus the team's Taiwan medical terms, {@code dict/medical-tw.txt}).</li>
 * </ul>
 */
package io.medreason.chinese;
