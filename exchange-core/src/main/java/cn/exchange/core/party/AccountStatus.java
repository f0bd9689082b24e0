package cn.exchange.core.party;

/** Whether an account may sign in. */
public enum AccountStatus {
    ACTIVE,
    /** Switched off by the administrator. */
    DISABLED
}
