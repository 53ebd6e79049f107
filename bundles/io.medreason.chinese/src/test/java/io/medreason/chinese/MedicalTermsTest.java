package io.medreason.chinese;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.medreason.chinese.internal.MedicalDictionary;
import io.medreason.chinese.internal.MedicalDictionary.Term;

import java.util.List;

import org.junit.jupiter.api.Test;

/** Every entry of the medical Taiwan stage does its job, and the stage leaves everything else to s2twp. */
class MedicalTermsTest {

    private final ChineseConverter med = ChineseConverter.of("s2twp-med");
    private final ChineseConverter s2twp = ChineseConverter.of("s2twp");

    @Test
    void everyTermConvertsToItsTaiwanForm() {
        List<Term> terms = MedicalDictionary.terms();
        assertTrue(terms.size() >= 25, "only " + terms.size() + " terms");
        for (Term term : terms) {
            assertEquals(term.taiwan(), med.convert(term.simplified()), term.simplified() + ": " + term.reason());
            assertEquals("患者" + term.taiwan() + "。", med.convert("患者" + term.simplified() + "。"), term.simplified());
        }
    }

    @Test
    void everyNonGuardTermChangesWhatS2twpGives() {
        for (Term term : MedicalDictionary.terms()) {
            if (!term.reason().startsWith("guard")) {
                assertNotEquals(term.taiwan(), s2twp.convert(term.simplified()), term.simplified() + " is redundant");
            } else {
                assertEquals(term.taiwan(), s2twp.convert(term.simplified()), term.simplified() + " is no guard");
            }
        }
    }

    @Test
    void touchesOnlyMedicalTerms() throws Exception {
        String corpus = Corpus.text();
        String plain = s2twp.convert(corpus);
        String medical = med.convert(corpus);
        assertEquals(plain.lines().count(), medical.lines().count());
        assertNotEquals(plain, medical, "the corpus mentions medical terms the stage should change");
        for (String word : List.of("皮膚科", "資訊系統", "家裡", "隨身碟")) {
            assertTrue(medical.contains(word), word);
        }
    }
}
