package cn.exchange.ejb.party;

import cn.exchange.ejb.identity.RequestOrigin;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;

/**
 * The exchange's Jakarta Security identity store: accounts in PostgreSQL, PBKDF2-SHA512 password hashes, lock-out
 * after repeated failures ({@link SignInService}). The caller's groups are its role plus STAFF or SUPERVISOR.
 */
@ApplicationScoped
public class ExchangeIdentityStore implements IdentityStore {

    @EJB
    SignInService signIn;

    @Inject
    RequestOrigin origin;

    @Inject
    SignInOutcome outcome;

    @Override
    public CredentialValidationResult validate(Credential credential) {
        if (!(credential instanceof UsernamePasswordCredential u)) {
            return CredentialValidationResult.NOT_VALIDATED_RESULT;
        }
        SignInResult r = signIn.authenticate(u.getCaller(), u.getPasswordAsString(), origin.ip());
        outcome.set(r);
        return r.ok() ? new CredentialValidationResult(r.username(), r.groups()) : CredentialValidationResult.INVALID_RESULT;
    }
}
