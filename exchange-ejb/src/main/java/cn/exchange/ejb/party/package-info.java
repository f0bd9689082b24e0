/**
 * Party and account use cases: registration, identity checks, the identity store behind Jakarta Security, lock-out
 * and API tokens.
 */
package cn.exchange.ejb.party;
