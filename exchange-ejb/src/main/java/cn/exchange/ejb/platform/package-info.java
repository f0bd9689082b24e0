/**
 * Platform services: the datasource and Flyway migration at start-up, configuration, the clock, health checks and the
 * cluster's instance registry.
 */
package cn.exchange.ejb.platform;
