package cn.exchange.core.party;

import java.util.List;
import java.util.Optional;

/** Where parties are kept. {@code find*} returns empty when absent; {@code get*} throws NotFoundException. */
public interface PartyRepository {

    Party get(long id);

    Optional<Party> findByCreditCode(String creditCode, PartyKind kind);

    Optional<Party> findByResidentId(String residentId);

    List<Party> byStatus(PartyStatus status);

    List<Party> agencies();

    void add(Party party);
}
