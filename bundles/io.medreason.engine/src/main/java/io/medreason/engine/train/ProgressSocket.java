package io.medreason.engine.train;

import io.medreason.core.run.RunProtocol;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * The trainer's end of the progress channel: connects to a watcher on the loopback interface
 * ({@code --progress-port N}), writes the same JSON lines as {@code metrics.jsonl}, and reads lines back on a daemon
 * thread, turning {@code stop} into a {@link StopSignal} request. A watcher that goes away does not stop training:
 * writes then fail silently and the metrics file still has everything.
 */
public final class ProgressSocket extends ProtocolWriter implements AutoCloseable {

    private final Socket socket;
    private final Writer out;
    private volatile boolean broken;

    private ProgressSocket(Socket socket, StopSignal stop) throws IOException {
        this.socket = socket;
        this.out = new OutputStreamWriter(socket.getOutputStream(), StandardCharsets.UTF_8);
        Thread reader = new Thread(() -> readStops(stop), "progress-socket-reader");
        reader.setDaemon(true);
        reader.start();
    }

    /** Connects to {@code port} on the loopback address. */
    public static ProgressSocket connect(int port, StopSignal stop) throws IOException {
        return new ProgressSocket(new Socket(InetAddress.getLoopbackAddress(), port), stop);
    }

    private void readStops(StopSignal stop) {
        try (BufferedReader in = new BufferedReader(new InputStreamReader(socket.getInputStream(),
                StandardCharsets.UTF_8))) {
            String line;
            while ((line = in.readLine()) != null) {
                if (RunProtocol.isStop(line)) {
                    stop.request("stop message");
                }
            }
        } catch (IOException e) {
            broken = true;
        }
    }

    @Override
    synchronized void write(Map<String, Object> message) {
        if (broken) {
            return;
        }
        try {
            out.write(RunProtocol.encode(message));
            out.write('\n');
            out.flush();
        } catch (IOException e) {
            broken = true;
        }
    }

    @Override
    public void close() throws IOException {
        socket.close();
    }
}
