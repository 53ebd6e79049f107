/**
 * Chinese script conversion that matches OpenCC 1.1.6 (Debian's {@code opencc}), built on opencc4j 1.14.0's
 * dictionaries and its {@code Segment} plug-in point.
 *
 * <ul>
 * <li>{@link io.medreason.chinese.ChineseConverter}: {@code of(profile)}, {@code convert(text)},
 * {@code convertWithChanges(text)} (changed ranges for highlighting); thread-safe, built once per profile.</li>
 * <li>{@link io.medreason.chinese.DatasetConverter}: converts fields of JSON / JSON Lines datasets by streaming, with
 * progress, cancellation and an atomic output file.</li>
 * <li>Profiles: {@code s2t s2tw s2twp t2s tw2s tw2sp s2hk} as OpenCC's configurations, and {@code s2twp-med}
 * ({@code s2twp} plus the team's Taiwan medical terms, {@code dict/medical-tw.txt}).</li>
 * </ul>
 */
package io.medreason.chinese;
