package io.medreason.dataset.stats;

import io.medreason.dataset.model.Record;

/** Turns a record into the text the model sees (a prompt template), for whole-record lengths. */
public interface RecordRenderer {

    /** A short name for reports, e.g. the template's name. */
    String name();

    /** The full text of the record under this renderer. */
    String render(Record record);
}
