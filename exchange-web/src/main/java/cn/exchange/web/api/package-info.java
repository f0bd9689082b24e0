/**
 * The REST API's application class and the mapping of every failure to a problem response in the caller's language.
 */
package cn.exchange.web.api;
