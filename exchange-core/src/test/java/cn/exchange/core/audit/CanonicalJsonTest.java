package cn.exchange.core.audit;

import org.junit.jupiter.api.Test;

import java.util.LinkedHashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class CanonicalJsonTest {

    @Test
    void writesExactlyWhatPythonsJsonDumpsWritesWithSortedKeysAndNoAsciiEscaping() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("seq", 7L);
        m.put("summary", "状态: 待审核 -> 已通过 \"引号\" \\ \n\t\u0001");
        m.put("actor", "张三");
        m.put("prevHash", "0000");
        m.put("sourceIp", null);
        // python3 -c 'import json; print(json.dumps({...}, ensure_ascii=False, separators=(",",":"), sort_keys=True))'
        assertThat(CanonicalJson.write(m)).isEqualTo(
                "{\"actor\":\"张三\",\"prevHash\":\"0000\",\"seq\":7,\"sourceIp\":null,"
                        + "\"summary\":\"状态: 待审核 -> 已通过 \\\"引号\\\" \\\\ \\n\\t\\u0001\"}");
    }
}
