package cn.exchange.launcher;

import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;

/**
 * A WebSocket client written out by hand, for what a well-behaved client library will not do: it never answers the
 * server's pings (a vanished phone, a half-open connection), sends what it is told (a message over the limit, a flood),
 * and shows the handshake's HTTP answer and the close code as they arrived.
 */
final class RawWatcher implements AutoCloseable {

    /** One frame from the server: its opcode (1 text, 8 close, 9 ping) and payload. */
    record Frame(int opcode, byte[] payload) {
        String text() {
            return new String(payload, StandardCharsets.UTF_8);
        }

        /** The close code of a close frame (1005 when it carries none). */
        int closeCode() {
            return payload.length >= 2 ? ((payload[0] & 0xff) << 8) | (payload[1] & 0xff) : 1005;
        }
    }

    private static final SecureRandom RANDOM = new SecureRandom();

    final int status;
    final String answer;
    private final Socket socket;
    private final DataInputStream in;
    private final OutputStream out;

    private RawWatcher(Socket socket, int status, String answer) throws IOException {
        this.socket = socket;
        this.status = status;
        this.answer = answer;
        this.in = new DataInputStream(socket.getInputStream());
        this.out = socket.getOutputStream();
    }

    /** Opens {@code ws://host:port/path} with an X-Forwarded-For header (the client's address behind the balancer). */
    static RawWatcher open(String base, String path, String forwardedFor) throws IOException {
        URI uri = URI.create(base);
        Socket socket = new Socket(uri.getHost(), uri.getPort());
        socket.setSoTimeout(10_000);
        byte[] key = new byte[16];
        RANDOM.nextBytes(key);
        String request = "GET " + path + " HTTP/1.1\r\nHost: " + uri.getHost() + ":" + uri.getPort() + "\r\n"
                + "Upgrade: websocket\r\nConnection: Upgrade\r\nSec-WebSocket-Version: 13\r\n"
                + "Sec-WebSocket-Key: " + Base64.getEncoder().encodeToString(key) + "\r\n"
                + "Origin: " + base + "\r\nAccept-Language: zh-CN\r\nX-Forwarded-For: " + forwardedFor + "\r\n\r\n";
        socket.getOutputStream().write(request.getBytes(StandardCharsets.US_ASCII));
        InputStream in = socket.getInputStream();
        ByteArrayOutputStream head = new ByteArrayOutputStream();
        while (!head.toString(StandardCharsets.ISO_8859_1).endsWith("\r\n\r\n")) {
            int b = in.read();
            if (b < 0) {
                break;
            }
            head.write(b);
        }
        String headers = head.toString(StandardCharsets.UTF_8);
        int status = Integer.parseInt(headers.split(" ", 3)[1]);
        String answer = headers;
        if (status != 101) {
            // the refusal's body: read what the server sent until it paused or closed
            socket.setSoTimeout(2_000);
            ByteArrayOutputStream body = new ByteArrayOutputStream();
            try {
                int length = contentLength(headers);
                for (int b; (length < 0 || body.size() < length) && (b = in.read()) >= 0; ) {
                    body.write(b);
                }
            } catch (SocketTimeoutException ignored) {
                // no more
            }
            answer = headers + body.toString(StandardCharsets.UTF_8);
        }
        return new RawWatcher(socket, status, answer);
    }

    private static int contentLength(String headers) {
        for (String line : headers.split("\r\n")) {
            if (line.toLowerCase().startsWith("content-length:")) {
                return Integer.parseInt(line.substring(15).trim());
            }
        }
        return -1;
    }

    /** Sends a (masked) text frame. */
    void send(String text) throws IOException {
        byte[] data = text.getBytes(StandardCharsets.UTF_8);
        ByteArrayOutputStream frame = new ByteArrayOutputStream();
        frame.write(0x81);
        if (data.length < 126) {
            frame.write(0x80 | data.length);
        } else {
            frame.write(0x80 | 126);
            frame.write(data.length >>> 8);
            frame.write(data.length & 0xff);
        }
        byte[] mask = new byte[4];
        RANDOM.nextBytes(mask);
        frame.write(mask);
        for (int i = 0; i < data.length; i++) {
            frame.write(data[i] ^ mask[i % 4]);
        }
        out.write(frame.toByteArray());
        out.flush();
    }

    /** The next frame from the server within the time given, pings included (never answered). */
    Frame next(Duration within) throws IOException {
        socket.setSoTimeout((int) within.toMillis());
        int b0 = in.readUnsignedByte();
        int b1 = in.readUnsignedByte();
        long length = b1 & 0x7f;
        if (length == 126) {
            length = in.readUnsignedShort();
        } else if (length == 127) {
            length = in.readLong();
        }
        byte[] payload = new byte[(int) length];
        in.readFully(payload);
        return new Frame(b0 & 0x0f, payload);
    }

    /**
     * Reads frames until a close frame arrives (its code), the connection ends without one (1006), or the time is up
     * (-1).
     */
    int awaitClose(Duration within) throws IOException {
        try {
            Frame f = nextOf(within, 8);
            return f == null ? -1 : f.closeCode();
        } catch (EOFException | java.net.SocketException e) {
            return 1006;
        }
    }

    /** The next text frame within the time given, skipping pings; null if none came. */
    String nextText(Duration within) throws IOException {
        Frame f = nextOf(within, 1, 8);
        return f == null || f.opcode() == 8 ? null : f.text();
    }

    /**
     * The first frame within the time given whose opcode is one of {@code opcodes}, skipping the others; null if none
     * came in time.
     */
    private Frame nextOf(Duration within, int... opcodes) throws IOException {
        long deadline = System.nanoTime() + within.toNanos();
        while (System.nanoTime() < deadline) {
            try {
                Frame f = next(Duration.ofNanos(Math.max(1_000_000, deadline - System.nanoTime())));
                for (int opcode : opcodes) {
                    if (f.opcode() == opcode) {
                        return f;
                    }
                }
            } catch (SocketTimeoutException e) {
                return null;
            }
        }
        return null;
    }

    @Override
    public void close() {
        try {
            socket.close();
        } catch (IOException ignored) {
            // gone
        }
    }
}
