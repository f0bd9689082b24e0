/**
 * The web layer's security: the authentication mechanism, page and endpoint access rules, CSRF and security headers
 * (the published matrix of these rules is served by {@code app/SecurityMatrixResource}).
 */
package cn.exchange.web.security;
