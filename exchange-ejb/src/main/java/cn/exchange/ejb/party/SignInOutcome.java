package cn.exchange.ejb.party;

import jakarta.enterprise.context.RequestScoped;

/** The last sign-in attempt of this request, for the page that shows why it failed (wrong password or locked). */
@RequestScoped
public class SignInOutcome {

    private SignInResult result;

    public SignInResult result() {
        return result;
    }

    void set(SignInResult result) {
        this.result = result;
    }
}
