package io.medreason.ui.tests;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.core.runtime.Platform;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

/**
 * Runs after every other UI test class (class order by {@link Order}, see junit-platform.properties): the workbench
 * log of the whole UI test run has no error entry (severity 4), so an exception that a view, editor, job or launch
 * only logged still fails the build.
 */
@Order(Integer.MAX_VALUE)
class ErrorLogTest {

    private static final Pattern ERROR_ENTRY = Pattern.compile("^!ENTRY (\\S+) 4 .*$", Pattern.MULTILINE);

    @Test
    void workbenchLogHasNoErrorAfterAllUiTests() throws Exception {
        Path log = Path.of(Platform.getLogFileLocation().toOSString());
        String marker = "ErrorLogTest marker " + System.nanoTime();
        Platform.getLog(ErrorLogTest.class).info(marker); // proves the file read is the log being written
        assertTrue(Files.isRegularFile(log), "the workbench log " + log + " does not exist: nothing was checked");
        String text = Files.readString(log, StandardCharsets.UTF_8);
        assertTrue(text.contains(marker), "the workbench log " + log + " lacks the entry just logged: wrong file");
        Matcher m = ERROR_ENTRY.matcher(text);
        System.out.println("workbench log " + log + ": " + text.lines().filter(l -> l.startsWith("!ENTRY")).count()
                + " entries");
        assertFalse(m.find(), "error in " + log + ":\n" + text);
    }
}
