package cn.exchange.ejb.settlement;

import jakarta.persistence.EntityManager;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.OffsetDateTime;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

/** The documents a deal produced (deal_document: insert-only), each with its SHA-256. */
final class Documents {

    private Documents() {
    }

    static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static String sha256(String text) {
        return sha256(text.getBytes(StandardCharsets.UTF_8));
    }

    static void store(EntityManager em, long dealId, String kind, Long refId, byte[] content, OffsetDateTime at) {
        em.createNativeQuery("insert into deal_document (deal_id, kind, ref_id, sha256, content, created_at)"
                        + " values (?1, ?2, cast(?3 as bigint), ?4, ?5, ?6)").setParameter(1, dealId).setParameter(2, kind).setParameter(3, refId)
                .setParameter(4, sha256(content)).setParameter(5, content).setParameter(6, at).executeUpdate();
    }

    static Optional<byte[]> latest(EntityManager em, long dealId, String kind) {
        @SuppressWarnings("unchecked")
        List<byte[]> rows = em.createNativeQuery("select content from deal_document where deal_id = ?1 and kind = ?2 order by id desc limit 1")
                .setParameter(1, dealId).setParameter(2, kind).getResultList();
        return rows.stream().findFirst();
    }

    static Optional<byte[]> ofRef(EntityManager em, String kind, long refId) {
        @SuppressWarnings("unchecked")
        List<byte[]> rows = em.createNativeQuery("select content from deal_document where kind = ?1 and ref_id = ?2 order by id desc limit 1")
                .setParameter(1, kind).setParameter(2, refId).getResultList();
        return rows.stream().findFirst();
    }
}
