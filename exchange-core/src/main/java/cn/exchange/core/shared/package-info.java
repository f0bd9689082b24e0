/**
 * Shared domain types: money in CNY, refusals with field-level problems and their messages in Chinese and English.
 */
package cn.exchange.core.shared;
