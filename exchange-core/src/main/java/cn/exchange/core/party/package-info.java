/**
 * Parties and accounts: transferring agencies and bidders with their identifiers (unified social credit code,
 * resident ID; docs/rules.md §6), passwords and sign-in policy.
 */
package cn.exchange.core.party;
