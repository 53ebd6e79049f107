package io.medreason.core.gpu;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** A loopback HTTP/1.0 server for a folder: GET of a file gives 200 with Content-Length, anything else 404. */
final class LoopbackHttpServer implements AutoCloseable {

    private final ServerSocket socket;
    private final Path root;
    private final Thread thread;

    LoopbackHttpServer(Path root) throws IOException {
        this.root = root;
        this.socket = new ServerSocket(0, 10, InetAddress.getLoopbackAddress());
        this.thread = new Thread(this::serve, "loopback http");
        thread.setDaemon(true);
        thread.start();
    }

    String url() {
        return "http://127.0.0.1:" + socket.getLocalPort() + "/maven2";
    }

    private void serve() {
        while (!socket.isClosed()) {
            try (Socket s = socket.accept()) {
                answer(s);
            } catch (IOException e) {
                // closed, or the client went away: next request
            }
        }
    }

    private void answer(Socket s) throws IOException {
        BufferedReader in = new BufferedReader(new InputStreamReader(s.getInputStream(), StandardCharsets.US_ASCII));
        String request = in.readLine();
        for (String line = in.readLine(); line != null && !line.isEmpty(); line = in.readLine()) {
            // headers are not needed
        }
        String path = request == null ? "" : request.split(" ")[1].replaceFirst("^/maven2/", "");
        Path file = root.resolve(path).normalize();
        OutputStream out = s.getOutputStream();
        if (!file.startsWith(root) || !Files.isRegularFile(file)) {
            out.write("HTTP/1.0 404 Not Found\r\nContent-Length: 0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
        } else {
            out.write(("HTTP/1.0 200 OK\r\nContent-Length: " + Files.size(file) + "\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            Files.copy(file, out);
        }
        out.flush();
    }

    @Override
    public void close() throws IOException {
        socket.close();
    }
}
