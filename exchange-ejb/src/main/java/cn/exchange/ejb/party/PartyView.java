package cn.exchange.ejb.party;

import cn.exchange.core.party.Party;

import java.time.OffsetDateTime;

/**
 * A party as pages and the API show it. {@code identifier} is the full credit code or resident ID only where the
 * viewer may see it (the party itself, staff, supervisors); otherwise the public form (credit code, masked ID).
 */
public record PartyView(long id, String kind, String agencyType, String name, String identifier, String contactPerson,
                        String phone, String email, String address, String regionCode, String status, String idWarning,
                        String overrideReason, String overrideBy, String reviewNote, String reviewedBy,
                        OffsetDateTime reviewedAt, OffsetDateTime createdAt) {

    public static PartyView of(Party p, boolean fullIdentifier) {
        String id = p.getCreditCode() != null ? p.getCreditCode() : fullIdentifier ? p.getResidentId() : p.publicIdentifier();
        return new PartyView(p.getId(), p.getKind().name(), p.getAgencyType() == null ? null : p.getAgencyType().name(),
                p.getName(), id, p.getContactPerson(), p.getPhone(), p.getEmail(), p.getAddress(), p.getRegionCode(),
                p.getStatus().name(), p.getIdWarning(), p.getOverrideReason(), p.getOverrideBy(), p.getReviewNote(),
                p.getReviewedBy(), p.getReviewedAt(), p.getCreatedAt());
    }
}
