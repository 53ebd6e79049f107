package io.medreason.launching;

import io.medreason.core.run.RunProtocol;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * The workbench's end of a training run's progress channel (see {@link RunProtocol}): a loopback server socket whose
 * port goes to the child as {@code --progress-port N}; the child connects and writes JSON lines, which a daemon
 * thread hands to a consumer; {@link #requestStop()} sends the one message the other way.
 */
public final class ProgressServer implements AutoCloseable {

    private final ServerSocket server;
    private final Consumer<String> lines;
    private volatile Socket socket;
    private volatile boolean stopPending;
    private final CountDownLatch ended = new CountDownLatch(1);

    public ProgressServer(Consumer<String> lines) throws IOException {
        this.server = new ServerSocket(0, 1, InetAddress.getLoopbackAddress());
        this.lines = lines;
    }

    /** The port to pass with {@code --progress-port}. */
    public int port() {
        return server.getLocalPort();
    }

    /** Accepts the child's connection and reads its lines on a daemon thread. */
    public void start(String name) {
        Thread t = new Thread(this::serve, "progress channel " + name);
        t.setDaemon(true);
        t.start();
    }

    private void serve() {
        try (Socket s = server.accept();
                BufferedReader in = new BufferedReader(new InputStreamReader(s.getInputStream(),
                        StandardCharsets.UTF_8))) {
            socket = s;
            if (stopPending) {
                send(s);
            }
            String line;
            while ((line = in.readLine()) != null) {
                if (!line.isBlank()) {
                    lines.accept(line);
                }
            }
        } catch (IOException e) {
            // the child went away or the channel was closed: the metrics file still has everything
        } finally {
            closeQuietly();
            ended.countDown();
        }
    }

    /** Waits up to {@code millis} for the channel to end (the child closed it); true when it has. */
    public boolean awaitEnd(long millis) {
        try {
            return ended.await(millis, TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** Asks the child to checkpoint and stop; true when the request was sent or will be on connection. */
    public boolean requestStop() {
        stopPending = true;
        Socket s = socket;
        if (s == null) {
            return !server.isClosed();
        }
        try {
            send(s);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private static void send(Socket s) throws IOException {
        OutputStream out = s.getOutputStream();
        out.write((RunProtocol.STOP + "\n").getBytes(StandardCharsets.UTF_8));
        out.flush();
    }

    /** True once the child has connected. */
    public boolean connected() {
        return socket != null;
    }

    private void closeQuietly() {
        try {
            close();
        } catch (IOException e) {
            // nothing left to do
        }
    }

    @Override
    public void close() throws IOException {
        server.close();
        Socket s = socket;
        if (s != null) {
            s.close();
        }
    }
}
