package cn.exchange.core.party;

import cn.exchange.core.security.Role;
import cn.exchange.core.shared.ConflictException;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQueries;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.OffsetDateTime;
import java.util.Locale;

/**
 * A person's sign-in to the exchange, with exactly one {@link Role}. Agency and bidder accounts belong to their
 * {@link Party}; staff, supervisor and administrator accounts belong to none.
 *
 * <p>The password is stored only as a PBKDF2 hash ({@link PasswordHasher}). The security stamp changes whenever the
 * password or the role changes, which invalidates every API token issued before.
 */
@Entity
@Table(name = "account")
@NamedQueries({
        @NamedQuery(name = "Account.byUsername",
                query = "select a from Account a"
                        + " where a.username = :username"),
        @NamedQuery(name = "Account.byParty",
                query = "select a from Account a"
                        + " where a.party.id = :partyId"),
        @NamedQuery(name = "Account.all",
                query = "select a from Account a"
                        + " order by a.role, a.username"),
        @NamedQuery(name = "Account.countByRole",
                query = "select count(a) from Account a"
                        + " where a.role = :role")
})
public class Account {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, unique = true, length = 100)
    private String username;

    @Column(name = "password_hash", nullable = false, length = 200)
    private String passwordHash;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private Role role;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "party_id")
    private Party party;

    @Column(name = "display_name", nullable = false, length = 100)
    private String displayName;

    @Column(length = 200)
    private String email;

    @Column(length = 30)
    private String mobile;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private AccountStatus status;

    @Column(name = "security_stamp", nullable = false)
    private int securityStamp;

    @Column(name = "last_login_at")
    private OffsetDateTime lastLoginAt;

    @Column(name = "created_at", nullable = false)
    private OffsetDateTime createdAt;

    @Column(name = "created_by", length = 100)
    private String createdBy;

    /** Set by an administrator's reset: the account must choose its own password before anything else. */
    @Column(name = "password_expired", nullable = false)
    private boolean passwordExpired;

    @Version
    private int version;

    protected Account() {
    }

    public Account(String username, String passwordHash, Role role, Party party, String displayName, OffsetDateTime now,
                   String createdBy) {
        this.username = normaliseUsername(username);
        this.passwordHash = passwordHash;
        this.role = role;
        this.party = party;
        this.displayName = displayName;
        this.status = AccountStatus.ACTIVE;
        this.securityStamp = 1;
        this.createdAt = now;
        this.createdBy = createdBy;
    }

    /** User names are compared case-insensitively and without surrounding spaces. */
    public static String normaliseUsername(String username) {
        return username == null ? "" : username.trim().toLowerCase(Locale.ROOT);
    }

    public void contact(String email, String mobile) {
        this.email = email;
        this.mobile = mobile;
    }

    /** The person's own new password: it ends every earlier session and token, and a reset's obligation. */
    public void changePassword(String newHash) {
        this.passwordHash = newHash;
        this.securityStamp++;
        this.passwordExpired = false;
    }

    /**
     * An administrator sets a one-time password for a person who forgot theirs (told to the person after checking who
     * they are): earlier sessions and tokens end, and the account may only change its password until it has.
     */
    public void resetPassword(String newHash) {
        this.passwordHash = newHash;
        this.securityStamp++;
        this.passwordExpired = true;
    }

    public boolean isPasswordExpired() {
        return passwordExpired;
    }

    /** Re-hash at sign-in when the work factor went up; the password itself is unchanged, so tokens stay valid. */
    public void upgradeHash(String newHash) {
        this.passwordHash = newHash;
    }

    public void signedIn(OffsetDateTime now) {
        this.lastLoginAt = now;
    }

    public void disable() {
        if (status == AccountStatus.DISABLED) {
            throw new ConflictException("account.alreadyDisabled");
        }
        status = AccountStatus.DISABLED;
        securityStamp++;
    }

    public void enable() {
        if (status == AccountStatus.ACTIVE) {
            throw new ConflictException("account.alreadyActive");
        }
        status = AccountStatus.ACTIVE;
    }

    public boolean isActive() {
        return status == AccountStatus.ACTIVE;
    }

    public Long getId() {
        return id;
    }

    public String getUsername() {
        return username;
    }

    public String getPasswordHash() {
        return passwordHash;
    }

    public Role getRole() {
        return role;
    }

    public Party getParty() {
        return party;
    }

    public String getDisplayName() {
        return displayName;
    }

    public String getEmail() {
        return email;
    }

    public String getMobile() {
        return mobile;
    }

    public AccountStatus getStatus() {
        return status;
    }

    public int getSecurityStamp() {
        return securityStamp;
    }

    public OffsetDateTime getLastLoginAt() {
        return lastLoginAt;
    }

    public OffsetDateTime getCreatedAt() {
        return createdAt;
    }

    public String getCreatedBy() {
        return createdBy;
    }
}
