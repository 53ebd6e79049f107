package io.medreason.chinese.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Each profile's configuration equals OpenCC 1.4.2's configuration file of the same name (tofu-risk dictionaries
 * left out, as OpenCC does by default). */
class ProfileConfigTest {

    @ParameterizedTest
    @EnumSource(Profile.class)
    void profileTranscribesOpenccConfiguration(Profile profile) throws Exception {
        assertEquals(ConfigJson.read(profile.opencc(), false), profile.config(), profile.id());
    }
}
