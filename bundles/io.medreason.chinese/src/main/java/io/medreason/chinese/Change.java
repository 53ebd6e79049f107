package io.medreason.chinese;

/**
 * One changed range of a {@link Conversion}: source {@code [sourceStart, sourceEnd)} became target
 * {@code [targetStart, targetEnd)} (UTF-16 offsets; a range never splits a surrogate pair).
 */
public record Change(int sourceStart, int sourceEnd, int targetStart, int targetEnd) {

    /** The changed source text. */
    public String source(Conversion conversion) {
        return conversion.source().substring(sourceStart, sourceEnd);
    }

    /** The text it became. */
    public String target(Conversion conversion) {
        return conversion.text().substring(targetStart, targetEnd);
    }
}
