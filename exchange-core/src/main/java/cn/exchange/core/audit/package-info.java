/**
 * The tamper-evident audit trail's pure parts (docs/rules.md rule 37): the record, its canonical JSON and the SHA-256
 * hash chain with its verification.
 */
package cn.exchange.core.audit;
