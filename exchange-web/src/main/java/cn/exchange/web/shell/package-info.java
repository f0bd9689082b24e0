/**
 * The trading hall's shell: the visitor's language (the two languages themselves are {@code base/Languages}),
 * formatting, navigation helpers, the banners every page shows (a training environment, a missing working-day calendar
 * year) and the page action helper that shows refusals next to their fields.
 */
package cn.exchange.web.shell;
