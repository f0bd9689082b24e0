package cn.exchange.web.security;

import java.io.Serializable;

/**
 * Who signed in on this HTTP session. Serializable: with several instances the session is replicated through the data
 * grid. The security stamp binds the session to the password and status the account had at sign-in.
 */
public record SessionUser(long accountId, String username, int securityStamp) implements Serializable {

    public static final String ATTRIBUTE = "exchange.user";
}
