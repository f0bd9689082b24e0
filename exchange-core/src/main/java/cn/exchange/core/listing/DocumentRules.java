package cn.exchange.core.listing;

import cn.exchange.core.shared.DomainException;

import java.util.Locale;

/**
 * What may be attached to a lot (photos and documents: valuation report, approval document, title deeds): PDF, JPEG or
 * PNG only, identified by their content (magic bytes), not by what the name or the browser claims; at most
 * {@link #MAX_BYTES}; the extension must agree with the content. The name is kept only as a display label, stripped
 * of any path.
 */
public final class DocumentRules {

    public static final int MAX_BYTES = 10 * 1024 * 1024;

    /** A checked file: its display name and its real content type. */
    public record Checked(String name, String contentType, boolean photo) {
    }

    private DocumentRules() {
    }

    public static Checked check(String filename, byte[] content) {
        if (content == null || content.length == 0) {
            throw new DomainException("file", "document.empty");
        }
        if (content.length > MAX_BYTES) {
            throw new DomainException("file", "document.tooLarge", MAX_BYTES / 1024 / 1024);
        }
        String name = displayName(filename);
        String ext = name.contains(".") ? name.substring(name.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT) : "";
        String type = sniff(content);
        if (type == null) {
            throw new DomainException("file", "document.type");
        }
        boolean agrees = switch (type) {
            case "application/pdf" -> ext.equals("pdf");
            case "image/jpeg" -> ext.equals("jpg") || ext.equals("jpeg");
            case "image/png" -> ext.equals("png");
            default -> false;
        };
        if (!agrees) {
            throw new DomainException("file", "document.extensionMismatch", ext);
        }
        return new Checked(name, type, !type.equals("application/pdf"));
    }

    /** Whether the bytes are a PDF by their content (the file's name and the browser's claim aside). */
    public static boolean isPdf(byte[] content) {
        return content != null && "application/pdf".equals(sniff(content));
    }

    /** The content type the bytes show, or null for anything that is not PDF, JPEG or PNG. */
    static String sniff(byte[] b) {
        if (b.length >= 5 && b[0] == '%' && b[1] == 'P' && b[2] == 'D' && b[3] == 'F' && b[4] == '-') {
            return "application/pdf";
        }
        if (b.length >= 3 && (b[0] & 0xff) == 0xFF && (b[1] & 0xff) == 0xD8 && (b[2] & 0xff) == 0xFF) {
            return "image/jpeg";
        }
        if (b.length >= 8 && (b[0] & 0xff) == 0x89 && b[1] == 'P' && b[2] == 'N' && b[3] == 'G' && b[4] == 0x0D && b[5] == 0x0A
                && b[6] == 0x1A && b[7] == 0x0A) {
            return "image/png";
        }
        return null;
    }

    /** The last path segment, without control characters, at most 120 characters; "file" when nothing is left. */
    static String displayName(String filename) {
        String n = filename == null ? "" : filename.replace('\\', '/');
        n = n.substring(n.lastIndexOf('/') + 1).replaceAll("[\\p{Cntrl}\"<>|:*?]", "").trim();
        while (n.startsWith(".")) {
            n = n.substring(1);
        }
        if (n.length() > 120) {
            n = n.substring(n.length() - 120);
        }
        return n.isEmpty() ? "file" : n;
    }
}
