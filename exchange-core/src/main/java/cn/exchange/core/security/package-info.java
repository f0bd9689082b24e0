/**
 * Who may do what: the roles and the role × permission matrix, written down once.
 */
package cn.exchange.core.security;
