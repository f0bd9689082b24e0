/**
 * Demo data for a newcomer's first start, created through the same aggregates and audited command path as real work.
 */
package cn.exchange.ejb.demo;
