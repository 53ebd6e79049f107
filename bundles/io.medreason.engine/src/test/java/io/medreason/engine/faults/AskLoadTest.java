package io.medreason.engine.faults;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.medreason.core.run.AskProtocol;
import io.medreason.engine.TestData;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Ask console's engine under load: one {@code medreason ask} child (the line protocol the workbench console
 * speaks, {@link AskProtocol}) with the tiny model loaded once answers 50 questions in a row (10 questions, 5 rounds):
 * its peak RSS ({@code VmHWM}) after 50 answers is within 5% of the peak after 10, and every round repeats the
 * answers of the first (same seed). Then 20 times: a question stopped in the middle of its answer, followed by a
 * question of the first round, whose answer must equal the fresh one. The child's Java heap is fixed and touched at
 * start ({@code -Xms = -Xmx}, {@code AlwaysPreTouch}) so that RSS growth shows native memory, not the heap sizing.
 */
class AskLoadTest {

    private static final String[] QUESTIONS = {"醫生，我最近早上起床都會頭暈，這是中風的前兆嗎？", "發燒三天不退怎麼辦？",
        "血壓高需要吃藥嗎？", "孩子咳嗽有痰，要看醫生嗎？", "糖尿病患者可以吃水果嗎？", "胸口悶痛是心臟病嗎？",
        "失眠很久了，該怎麼調整？", "腰痛到腿麻是什麼原因？", "皮膚科看濕疹要注意什麼？", "長期胃痛要做胃鏡嗎？"};
    private static final double RSS_TOLERANCE = 0.05;

    @TempDir
    Path dir;

    @Test
    void fiftyAnswersDoNotGrowMemoryAndStopsLeaveTheModelUsable() throws Exception {
        List<String> cmd = MainChild.command("384m", List.of("ask", "--model", TestData.TINY_MODEL.toString(),
                "--max-new-tokens", "64", "--temperature", "0.8", "--seed", "11"));
        cmd.addAll(1, List.of("-Xms384m", "-XX:+AlwaysPreTouch"));
        Process child = MainChild.builder(cmd).redirectError(dir.resolve("ask.err").toFile()).start();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(),
                StandardCharsets.UTF_8)); Writer in = new OutputStreamWriter(child.getOutputStream(),
                        StandardCharsets.UTF_8)) {
            String ready = out.readLine();
            assertEquals(AskProtocol.READY, ready, Files.readString(dir.resolve("ask.err")));
            List<String> fresh = new ArrayList<>();
            long rss10 = 0;
            for (int i = 0; i < 50; i++) {
                Answer a = ask(in, out, QUESTIONS[i % 10], false);
                if (i < 10) {
                    fresh.add(a.text);
                } else {
                    assertEquals(fresh.get(i % 10), a.text, "answer " + (i + 1) + " repeats answer " + (i % 10 + 1));
                }
                if (i == 9) {
                    rss10 = peakRssKb(child.pid());
                }
            }
            long rss50 = peakRssKb(child.pid());
            System.out.printf(Locale.ROOT, "ask load: peak RSS after 10 answers %.1f MiB, after 50 answers %.1f MiB "
                    + "(%+.2f%%, limit %.0f%%)%n", rss10 / 1024.0, rss50 / 1024.0, 100.0 * (rss50 - rss10) / rss10,
                    100 * RSS_TOLERANCE);
            assertTrue(rss50 <= rss10 * (1 + RSS_TOLERANCE), "peak RSS grew from " + rss10 + " to " + rss50 + " kB");
            int stopped = 0;
            for (int i = 0; i < 20; i++) {
                Answer s = ask(in, out, QUESTIONS[(i + 3) % 10] + "請詳細說明。", true);
                stopped += s.stopped ? 1 : 0;
                assertTrue(s.stopped, "answer " + (i + 1) + " was stopped in the middle: '" + s.text + "'");
                assertEquals(fresh.get(i % 10), ask(in, out, QUESTIONS[i % 10], false).text,
                        "after stop " + (i + 1) + " the answer equals the fresh one");
            }
            System.out.printf(Locale.ROOT, "ask load: %d of 20 answers stopped in the middle; each next answer equal "
                    + "to the fresh answer with the same seed; peak RSS at the end %.1f MiB%n", stopped,
                    peakRssKb(child.pid()) / 1024.0);
            in.write(AskProtocol.EXIT + "\n");
            in.flush();
        }
        assertTrue(child.waitFor(60, TimeUnit.SECONDS));
        assertEquals(0, child.exitValue(), Files.readString(dir.resolve("ask.err")));
    }

    private record Answer(String text, boolean stopped) {
    }

    /** Sends a question and reads its answer; with {@code stop}, sends the stop line once the first text came. */
    private static Answer ask(Writer in, BufferedReader out, String question, boolean stop) throws IOException {
        in.write(AskProtocol.escape(question) + "\n");
        in.flush();
        StringBuilder sb = new StringBuilder();
        String end = "\n" + AskProtocol.ANSWER_END + "\n";
        boolean stopSent = false;
        while (sb.length() < end.length() || !sb.substring(sb.length() - end.length()).equals(end)) {
            int c = out.read();
            if (c < 0) {
                throw new IOException("ask ended in the middle of an answer: " + sb);
            }
            sb.append((char) c);
            if (stop && !stopSent && !Character.isWhitespace(c)) {
                in.write(AskProtocol.STOP + "\n");
                in.flush();
                stopSent = true;
            }
        }
        String text = sb.substring(0, sb.length() - end.length());
        String stoppedTail = "\n" + AskProtocol.STOPPED;
        boolean stopped = text.endsWith(stoppedTail);
        return new Answer(stopped ? text.substring(0, text.length() - stoppedTail.length()) : text, stopped);
    }

    /** The child's peak resident set size so far ({@code VmHWM} in /proc/PID/status), in kB. */
    private static long peakRssKb(long pid) throws IOException {
        for (String line : Files.readAllLines(Path.of("/proc", Long.toString(pid), "status"))) {
            if (line.startsWith("VmHWM:")) {
                return Long.parseLong(line.replaceAll("[^0-9]", ""));
            }
        }
        throw new IOException("no VmHWM in /proc/" + pid + "/status");
    }
}
