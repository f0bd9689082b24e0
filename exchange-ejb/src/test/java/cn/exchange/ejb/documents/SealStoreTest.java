package cn.exchange.ejb.documents;

import cn.exchange.ejb.persistence.TestSchema;
import org.junit.jupiter.api.Test;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Instant;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The generated seal on PostgreSQL (V28): instances of a cluster starting at once on one database each offer a key, and
 * all end up sealing with the same one — the row that won; a later start reads it and generates nothing; the row cannot
 * be changed.
 */
class SealStoreTest {

    static final Instant AT = Instant.parse("2026-11-04T02:30:00Z");

    @Test
    void instancesStartingTogetherShareOneGeneratedKey() throws Exception {
        DataSource ds = TestSchema.dataSource();
        try (Connection c = ds.getConnection(); Statement s = c.createStatement()) {
            // a fresh start of the cluster: no generated key yet (the trigger keeps the row otherwise)
            s.execute("alter table exchange_seal disable trigger exchange_seal_no_update");
            s.execute("delete from exchange_seal");
            s.execute("alter table exchange_seal enable trigger exchange_seal_no_update");
        }
        AtomicInteger generated = new AtomicInteger();
        Callable<String> instance = () -> {
            try (Connection c = ds.getConnection()) {
                SealKeys.Generated g = SealStore.generatedKeystore(c, () -> {
                    generated.incrementAndGet();
                    return SealKeys.generate("东湖产权交易所", AT);
                }, AT);
                Seal seal = SealKeys.load(g.pkcs12(), g.password(), SealKeys.GENERATED_ALIAS);
                SealStore.remember(c, seal, AT);
                return seal.fingerprint();
            }
        };
        ExecutorService pool = Executors.newFixedThreadPool(3);
        try {
            var futures = pool.invokeAll(java.util.List.of(instance, instance, instance));
            java.util.Set<String> fingerprints = new java.util.HashSet<>();
            for (Future<String> f : futures) {
                fingerprints.add(f.get());
            }
            assertThat(fingerprints).as("one key for every instance").hasSize(1);
            assertThat(generated.get()).isBetween(1, 3);
            int before = generated.get();
            String later = instance.call();
            assertThat(later).isEqualTo(fingerprints.iterator().next());
            assertThat(generated.get()).as("a later start generates nothing").isEqualTo(before);
            try (Connection c = ds.getConnection()) {
                assertThat(SealStore.trusted(c)).contains(later);
                assertThatThrownBy(() -> c.createStatement().executeUpdate("update exchange_seal set alias = 'x'"))
                        .hasMessageContaining("refused");
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
