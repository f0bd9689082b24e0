/**
 * The web layer's security: the authentication mechanism, page and endpoint access rules, CSRF and security headers,
 * and the published security matrix.
 */
package cn.exchange.web.security;
