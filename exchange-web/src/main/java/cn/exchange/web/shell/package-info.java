/**
 * The trading hall's shell: languages, formatting, navigation helpers and the page action helper that shows refusals
 * next to their fields.
 */
package cn.exchange.web.shell;
