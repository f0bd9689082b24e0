package cn.exchange.it.audit;

import cn.exchange.it.support.Api;
import cn.exchange.it.support.People;
import cn.exchange.it.support.People.Who;
import cn.exchange.it.support.TestDatabase;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.StringReader;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The audit trail a regulator can trust: PostgreSQL refuses to change it; a row tampered with behind the database's
 * back is found by the verification at its sequence number; and the exported chain verifies with the documented format
 * — checked here by an independent implementation and by the dozen-line Python script in config/.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AuditChainIT {

    @ArquillianResource
    URL base;

    Api api;

    @BeforeEach
    void setUp() {
        api = new Api(base);
    }

    @Test
    void theDatabaseRefusesToChangeOrDeleteAuditRecords() throws Exception {
        People.token(api, Who.REVIEWER);
        try (Connection c = TestDatabase.dataSource().getConnection(); Statement s = c.createStatement()) {
            assertThatThrownBy(() -> s.executeUpdate("update audit_record set actor = 'someone' where seq = 1"))
                    .isInstanceOf(SQLException.class).hasMessageContaining("append-only");
            assertThatThrownBy(() -> s.executeUpdate("delete from audit_record where seq = 1"))
                    .isInstanceOf(SQLException.class).hasMessageContaining("append-only");
            assertThatThrownBy(() -> s.executeUpdate("truncate audit_record"))
                    .isInstanceOf(SQLException.class).hasMessageContaining("append-only");
        }
    }

    @Test
    void aRowTamperedWithInPostgresIsFoundAtItsSequenceNumber() throws Exception {
        String supervisor = People.token(api, Who.SUPERVISOR_AUDIT);
        assertThat(api.as(supervisor).get("/api/audit/verify").json().getBoolean("intact")).isTrue();
        long seq;
        String original;
        try (Connection c = TestDatabase.dataSource().getConnection(); Statement s = c.createStatement()) {
            var rs = s.executeQuery("select seq, summary from audit_record where action = 'account.created' order by seq desc limit 1");
            rs.next();
            seq = rs.getLong(1);
            original = rs.getString(2);
        }
        tamper(seq, "role ADMIN, user mallory");
        try {
            JsonObject v = api.as(supervisor).get("/api/audit/verify").json();
            assertThat(v.getBoolean("intact")).isFalse();
            assertThat(v.getJsonNumber("firstBrokenSeq").longValue()).isEqualTo(seq);
        } finally {
            tamper(seq, original);
        }
        assertThat(api.as(supervisor).get("/api/audit/verify").json().getBoolean("intact")).isTrue();
    }

    @Test
    void theExportedChainVerifiesWithTheDocumentedFormat() throws Exception {
        People.token(api, Who.BIDDER);
        Api.Answer export = api.as(People.token(api, Who.SUPERVISOR_SASAC)).get("/api/audit/export");
        assertThat(export.status()).isEqualTo(200);
        String prev = "0".repeat(64);
        long expected = 1;
        String[] lines = export.body().split("\n");
        assertThat(lines.length).isGreaterThan(5);
        for (String line : lines) {
            JsonObject r = Json.createReader(new StringReader(line)).readObject();
            assertThat(r.getJsonNumber("seq").longValue()).isEqualTo(expected++);
            assertThat(r.getString("prevHash")).isEqualTo(prev);
            Map<String, JsonValue> fields = new TreeMap<>(r);
            fields.remove("hash");
            assertThat(sha256(canonical(fields))).as("record " + r.get("seq")).isEqualTo(r.getString("hash"));
            prev = r.getString("hash");
        }
        Path file = Files.createTempFile("audit", ".jsonl");
        Files.writeString(file, export.body(), StandardCharsets.UTF_8);
        Process p = new ProcessBuilder("python3", Path.of("../config/verify-audit-chain.py").toAbsolutePath().toString(),
                file.toString()).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor()).as(out).isZero();
        assertThat(out).startsWith("OK " + lines.length + " records");
    }

    private static void tamper(long seq, String summary) throws SQLException {
        try (Connection c = TestDatabase.dataSource().getConnection()) {
            c.setAutoCommit(false);
            try (Statement s = c.createStatement();
                 var ps = c.prepareStatement("update audit_record set summary = ? where seq = ?")) {
                // a superuser switching the guard off: the attack the hash chain exists for
                s.execute("alter table audit_record disable trigger audit_record_no_update");
                ps.setString(1, summary);
                ps.setLong(2, seq);
                ps.executeUpdate();
                s.execute("alter table audit_record enable trigger audit_record_no_update");
            }
            c.commit();
        }
    }

    /** The documented canonical form, written independently of the application's: sorted keys, no spaces, UTF-8. */
    static String canonical(Map<String, JsonValue> sorted) {
        StringBuilder sb = new StringBuilder("{");
        sorted.forEach((k, v) -> {
            if (sb.length() > 1) {
                sb.append(',');
            }
            quote(sb, k);
            sb.append(':');
            switch (v.getValueType()) {
                case NULL -> sb.append("null");
                case NUMBER -> sb.append(v);
                case STRING -> quote(sb, ((JsonString) v).getString());
                default -> throw new IllegalArgumentException(k);
            }
        });
        return sb.append('}').toString();
    }

    static void quote(StringBuilder sb, String s) {
        sb.append('"');
        s.codePoints().forEach(cp -> {
            if (cp == '"' || cp == '\\') {
                sb.append('\\').appendCodePoint(cp);
            } else if (cp == '\n') {
                sb.append("\\n");
            } else if (cp == '\r') {
                sb.append("\\r");
            } else if (cp == '\t') {
                sb.append("\\t");
            } else if (cp == '\b') {
                sb.append("\\b");
            } else if (cp == '\f') {
                sb.append("\\f");
            } else if (cp < 0x20) {
                sb.append(String.format("\\u%04x", cp));
            } else {
                sb.appendCodePoint(cp);
            }
        });
        sb.append('"');
    }

    static String sha256(String s) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)));
    }
}
