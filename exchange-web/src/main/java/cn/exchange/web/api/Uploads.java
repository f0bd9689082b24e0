package cn.exchange.web.api;

import cn.exchange.core.shared.DomainException;
import jakarta.ws.rs.core.HttpHeaders;

import java.io.IOException;
import java.io.InputStream;

/**
 * Reads an uploaded file from a request body, at most {@code max} bytes. A body its Content-Length already shows to be
 * too large is refused (400, the field named) before a byte of it is read — a client sending
 * {@code Expect: 100-continue} then never sends it, and none is left half-read on the connection.
 */
public final class Uploads {

    private Uploads() {
    }

    public static byte[] read(HttpHeaders headers, InputStream body, int max, String code) throws IOException {
        String length = headers == null ? null : headers.getHeaderString(HttpHeaders.CONTENT_LENGTH);
        if (length != null && length.matches("\\d{1,18}") && Long.parseLong(length) > max) {
            throw new DomainException("file", code, max / 1024 / 1024);
        }
        byte[] content = body == null ? new byte[0] : body.readNBytes(max + 1);
        if (content.length > max) {
            throw new DomainException("file", code, max / 1024 / 1024);
        }
        return content;
    }
}
