package cn.exchange.launcher;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Properties;

/**
 * Passwords the launcher generates on the first start and keeps in {@code <home>/secrets.properties} (mode 600):
 * the first administrator's password (unless {@code EXCHANGE_ADMIN_PASSWORD} is set), the password of the demo
 * accounts, and the embedded database role's password. Nothing is a default written in the code.
 */
final class Secrets {

    private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnpqrstuvwxyz23456789";

    private final Path file;
    private final Properties values = new Properties();

    private Secrets(Path file) {
        this.file = file;
    }

    static Secrets load(Path home) throws IOException {
        Secrets s = new Secrets(home.resolve("secrets.properties"));
        if (Files.exists(s.file)) {
            try (Reader r = Files.newBufferedReader(s.file, StandardCharsets.UTF_8)) {
                s.values.load(r);
            }
        }
        boolean changed = s.ensure("admin.password") | s.ensure("demo.password") | s.ensure("db.password");
        if (changed) {
            s.save();
        }
        return s;
    }

    String get(String key) {
        return values.getProperty(key);
    }

    Path file() {
        return file;
    }

    private boolean ensure(String key) {
        if (values.getProperty(key) != null) {
            return false;
        }
        values.setProperty(key, generate(16));
        return true;
    }

    private void save() throws IOException {
        Files.createDirectories(file.getParent());
        if (!Files.exists(file)) {
            Files.createFile(file);
        }
        try {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException ignored) {
            // not a POSIX file system; the file stays in the user's own data directory
        }
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            values.store(w, "Generated at the first start. admin.password is the first administrator's (user 'admin'); "
                    + "demo.password is every demo account's.");
        }
    }

    /**
     * A password the exchange's policy accepts: groups of four random letters and digits joined by dashes
     * (e.g. {@code k7Qm-Xw3p-...}), with at least one capital, one small letter and one digit.
     */
    static String generate(int length) {
        SecureRandom random = new SecureRandom();
        while (true) {
            StringBuilder sb = new StringBuilder(length + length / 4);
            for (int i = 0; i < length; i++) {
                if (i > 0 && i % 4 == 0) {
                    sb.append('-');
                }
                sb.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
            }
            String p = sb.toString();
            if (p.chars().anyMatch(Character::isUpperCase) && p.chars().anyMatch(Character::isLowerCase)
                    && p.chars().anyMatch(Character::isDigit)) {
                return p;
            }
        }
    }
}
