/**
 * Pages and endpoints of listings: the agency's projects and imports, staff publishing and changes, the public board,
 * lot pages and the open-data feed.
 */
package cn.exchange.web.listing;
