package cn.exchange.core.shared;

import org.junit.jupiter.api.Test;

import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Properties;

import static org.assertj.core.api.Assertions.assertThat;

/** Every domain message exists in both languages; Chinese is what anyone but an English reader gets. */
class DomainMessagesTest {

    static Properties load(String name) throws Exception {
        Properties p = new Properties();
        try (InputStream in = DomainMessagesTest.class.getResourceAsStream("/cn/exchange/core/" + name)) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }

    @Test
    void chineseAndEnglishHaveTheSameMessages() throws Exception {
        assertThat(load("messages_en.properties").keySet()).isEqualTo(load("messages_zh.properties").keySet());
    }

    @Test
    void chineseIsTheDefaultWhateverTheJvmLocale() {
        Locale before = Locale.getDefault();
        try {
            Locale.setDefault(Locale.US);
            assertThat(DomainMessages.format(Locale.SIMPLIFIED_CHINESE, "signin.failed")).isEqualTo("登录名或密码错误。");
            assertThat(DomainMessages.format(Locale.FRENCH, "signin.failed")).isEqualTo("登录名或密码错误。");
            assertThat(DomainMessages.format(Locale.ENGLISH, "signin.failed")).isEqualTo("Wrong user name or password.");
        } finally {
            Locale.setDefault(before);
        }
    }
}
