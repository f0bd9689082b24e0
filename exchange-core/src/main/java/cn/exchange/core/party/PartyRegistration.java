package cn.exchange.core.party;

import cn.exchange.core.shared.DomainException;
import cn.exchange.core.shared.FieldProblem;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;

/**
 * Checks what a person submits to register a party (a bidder registering itself, or staff registering an agency) and
 * builds the {@link Party}, or refuses with every problem named by field.
 *
 * <p>Rules: the name is 2–200 characters; an organisation gives its credit code (a malformed one is refused, one that
 * fails only its check character is kept with a warning, rule 35); a natural person gives a valid resident ID
 * (refused otherwise) and must be of full age, 18, to have the full civil capacity a buyer needs (docs/rules.md §1.3,
 * MOF Order 54); the contact person, a mobile number and an e-mail are well-formed.
 */
public final class PartyRegistration {

    /** The age of full civil capacity. */
    public static final int ADULT_AGE = 18;

    /** What the form carries; fields a kind does not use are ignored. */
    public record Form(PartyKind kind, String name, String creditCode, String residentId, String contactPerson,
                       String mobile, String email, String address, String regionCode, AgencyType agencyType) {
    }

    private PartyRegistration() {
    }

    public static Party build(Form f, LocalDate today, OffsetDateTime now) {
        List<FieldProblem> problems = new ArrayList<>();
        if (f.kind() == null) {
            throw new DomainException("kind", "party.kindRequired");
        }
        String name = ContactRules.clean(f.name());
        if (name == null || name.length() < 2 || name.length() > 200) {
            problems.add(FieldProblem.of("name", "party.nameLength", 2, 200));
        }
        String creditCode = null;
        String residentId = null;
        String warning = null;
        if (f.kind() == PartyKind.PERSON_BIDDER) {
            residentId = ResidentId.normalise(f.residentId());
            var problem = ResidentId.check(residentId, today);
            if (residentId.isEmpty()) {
                problems.add(FieldProblem.of("residentId", "residentId.required"));
            } else if (problem.isPresent()) {
                problems.add(FieldProblem.of("residentId", "residentId." + switch (problem.get()) {
                    case MALFORMED -> "malformed";
                    case BAD_BIRTH_DATE -> "badBirthDate";
                    case CHECK_FAILED -> "checkFailed";
                }));
            } else if (Period.between(ResidentId.birthDate(residentId).orElseThrow(), today).getYears() < ADULT_AGE) {
                problems.add(FieldProblem.of("residentId", "residentId.minor", ADULT_AGE));
            }
        } else {
            creditCode = CreditCode.normalise(f.creditCode());
            if (creditCode.isEmpty()) {
                problems.add(FieldProblem.of("creditCode", "creditCode.required"));
            } else {
                switch (CreditCode.check(creditCode)) {
                    case MALFORMED -> problems.add(FieldProblem.of("creditCode", "creditCode.malformed"));
                    case CHECK_FAILED -> warning = "creditCode.checkFailed";
                    case VALID -> { }
                }
            }
        }
        String contact = ContactRules.clean(f.contactPerson());
        if (f.kind() != PartyKind.PERSON_BIDDER && (contact == null || contact.length() > 100)) {
            problems.add(FieldProblem.of("contactPerson", "party.contactRequired"));
        }
        String mobile = ContactRules.clean(f.mobile());
        if (!ContactRules.isMobile(mobile) && !(f.kind() == PartyKind.AGENCY && ContactRules.isPhone(mobile))) {
            problems.add(FieldProblem.of("mobile", "contact.mobileInvalid"));
        }
        String email = ContactRules.clean(f.email());
        if (email != null && !ContactRules.isEmail(email)) {
            problems.add(FieldProblem.of("email", "contact.emailInvalid"));
        }
        String address = ContactRules.clean(f.address());
        if (address != null && address.length() > 300) {
            problems.add(FieldProblem.of("address", "party.addressLength", 300));
        }
        String region = ContactRules.clean(f.regionCode());
        if (region != null && !region.matches("\\d{6}")) {
            problems.add(FieldProblem.of("regionCode", "party.regionInvalid"));
        }
        if (f.kind() == PartyKind.AGENCY && f.agencyType() == null) {
            problems.add(FieldProblem.of("agencyType", "party.agencyTypeRequired"));
        }
        if (!problems.isEmpty()) {
            throw new DomainException(problems);
        }
        Party party = f.kind() == PartyKind.PERSON_BIDDER
                ? Party.person(name, residentId, now)
                : Party.organisation(f.kind(), name, creditCode, warning, now);
        party.contact(f.kind() == PartyKind.PERSON_BIDDER ? name : contact, mobile, email, address, region);
        if (f.kind() == PartyKind.AGENCY) {
            party.classifyAgency(f.agencyType());
        }
        return party;
    }
}
