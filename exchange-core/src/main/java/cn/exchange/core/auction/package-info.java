/**
 * The auction engines (docs/rules.md §2, §3, rules 20–25): pure and deterministic — commands in, events out, no clock, no
 * I/O, no floating point. The time of every command is the server's receipt time, given by the caller. Replaying the
 * stored commands into a fresh engine reproduces the stored outcome.
 */
package cn.exchange.core.auction;
